package no.laeringsarena.forum;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;

/**
 * {@code type: forumtrad} — files in {@code content/forum/trader/}: {@code tittel} (≤ 200 characters),
 * {@code kategori} (a forum category key), {@code organisasjon} (who it comes from, never a person's name),
 * {@code dato} (YYYY-MM-DD), optionally {@code emneord} (free tags, see {@link ForumTags}), and the opening post as
 * the body (required).
 */
public class ForumThreadContentType implements ContentTypeHandler<ThreadContent> {

    public static final String TYPE = "forumtrad";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "tråd i forumet (forum/trader)";
    }

    @Override
    public int importOrder() {
        return 35;
    }

    @Override
    public ThreadContent parse(FrontMatterFields fields, String bodyMarkdown) {
        String title = fields.requiredText("tittel");
        if (title != null && title.length() > ForumThread.MAX_TITLE) {
            fields.error("tittel", "tittelen er lengre enn " + ForumThread.MAX_TITLE + " tegn");
        }
        String organisation = fields.requiredText("organisasjon");
        LocalDate date = null;
        String dateText = fields.requiredText("dato");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                fields.error("dato", "'dato' skal skrives ÅÅÅÅ-MM-DD");
            }
        }
        if (bodyMarkdown.isBlank()) {
            fields.bodyError("innlegget mangler: skriv det under avsluttende '---'");
        } else if (bodyMarkdown.length() > ForumThread.MAX_BODY) {
            fields.bodyError("innlegget er lengre enn " + ForumThread.MAX_BODY + " tegn");
        }
        ForumTags.Result tags = ForumTags.parse(String.join(",", fields.textList("emneord")));
        for (ForumTags.Problem problem : tags.problems()) {
            fields.error("emneord", switch (problem.messageKey()) {
                case "forum.tags.error.tooLong" -> "emneordet '" + problem.tag() + "' er lengre enn " + ForumTags.MAX_LENGTH + " tegn";
                case "forum.tags.error.invalid" -> "emneordet '" + problem.tag() + "' kan bare ha bokstaver, tall og bindestrek";
                default -> "en tråd kan ha høyst " + ForumTags.MAX_TAGS + " emneord";
            });
        }
        return new ThreadContent(title, fields.requiredReference("kategori", ForumCategoryContentType.TYPE),
                organisation, date, bodyMarkdown.strip(), tags.tags());
    }

    @Override
    public List<ContentReference> references(ThreadContent data) {
        return data.category() == null ? List.of() : List.of(data.category());
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        ForumThread thread = find(em, key);
        return thread == null ? null : thread.getVersion();
    }

    @Override
    public long write(EntityManager em, String key, ThreadContent data) {
        ForumCategory category = em.createNamedQuery("ForumCategory.byKey", ForumCategory.class)
                .setParameter("key", data.category().targetKey()).getSingleResult();
        ForumThread thread = find(em, key);
        if (thread == null) {
            thread = new ForumThread(category, data.title(), data.bodyMarkdown(), null, null, data.organisation(),
                    data.date().atTime(9, 0).atOffset(ZoneOffset.UTC));
            em.persist(thread);
        }
        thread.reseed(key, category, data.title(), data.bodyMarkdown(), data.organisation());
        thread.retag(data.tags());
        em.flush();
        ForumThreadIndexing.threadChanged(em, thread);
        return thread.getVersion();
    }

    private static ForumThread find(EntityManager em, String key) {
        return em.createNamedQuery("ForumThread.bySeedKey", ForumThread.class).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
