package no.laeringsarena.forum;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchOutbox;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A thread in the search index (kind "forum-thread", facet type "forumtrad"): title, body, visible replies, the
 * text of the documents attached to them and the thread's tags (in the text, and as facet "tag"), through the outbox. A hidden or deleted thread, or one in a closed
 * category, is removed, never indexed.
 */
public final class ForumThreadIndexing {

    public static final String KIND = "forum-thread";
    /** Characters of attachment text a thread's document holds at most, all its files together. */
    static final int MAX_ATTACHMENT_TEXT = 200_000;

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private ForumThreadIndexing() {
    }

    public static String documentId(ForumThread thread) {
        return KIND + ":" + thread.getId();
    }

    /** Call in the transaction that changed the thread or its replies (after flush). */
    static void threadChanged(EntityManager em, ForumThread thread) {
        if (!ForumRules.publiclyVisible(thread)) {
            SearchOutbox.delete(em, documentId(thread));
            return;
        }
        SearchOutbox.upsert(em, document(em, thread));
    }

    /** The document of a publicly visible thread (title, body, visible replies). */
    static SearchDocument document(EntityManager em, ForumThread thread) {
        StringBuilder body = new StringBuilder(text(thread.getBodyMarkdown()));
        List<ForumReply> replies = em.createNamedQuery("ForumReply.ofThread", ForumReply.class)
                .setParameter("thread", thread).setParameter("moderator", false).getResultList();
        replies.stream().filter(r -> !r.isDeleted()).forEach(r -> body.append("\n\n").append(text(r.getBodyMarkdown())));
        Set<Long> shown = new HashSet<>();
        replies.stream().filter(r -> !r.isDeleted()).forEach(r -> shown.add(r.getId()));
        int room = MAX_ATTACHMENT_TEXT;
        for (Object[] row : em.createNamedQuery("ForumAttachment.textsOfThread", Object[].class)
                .setParameter("thread", thread.getId()).getResultList()) {
            Long replyId = (Long) row[0];
            String text = (String) row[1];
            if (room <= 0 || replyId != null && !shown.contains(replyId)) {
                continue;
            }
            String part = text.length() > room ? text.substring(0, room) : text;
            body.append("\n\n").append(part);
            room -= part.length();
        }
        if (!thread.getTags().isEmpty()) {
            body.append("\n\n").append(String.join(" ", thread.getTags()));
        }
        if (thread.getSystemName() != null) {
            body.append("\n\n").append(thread.getSystemName());
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(ForumThreadContentType.TYPE));
        ForumCategory category = thread.getCategory();
        facets.put("sector", List.of(category.getSector() == null ? "tverrgaende" : category.getSector().getTermKey()));
        facets.put("date", List.of(thread.getLastActivityAt().toLocalDate().toString()));
        if (!thread.getTags().isEmpty()) {
            facets.put("tag", thread.getTags());
        }
        return new SearchDocument(documentId(thread), KIND, thread.getTitle(), body.toString().strip(),
                "nb", "forum/trad.xhtml?id=" + thread.getId(), facets);
    }

    private static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }
}
