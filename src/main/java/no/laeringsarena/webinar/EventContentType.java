package no.laeringsarena.webinar;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.ForumThreadContentType;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;
import no.laeringsarena.taxonomy.SectorContentType;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;
import no.laeringsarena.taxonomy.ThemeContentType;

/**
 * {@code type: arrangement} — files in {@code content/arrangementer/}: {@code tittel}, {@code form} (webinar or
 * fysisk-kurs), {@code start} and {@code slutt} as Oslo time ({@code 2027-03-10 10:00}), {@code påmeldingsfrist}
 * (default: the start), {@code plasser}, {@code venteliste} (default true), {@code foredragsholdere},
 * {@code målgruppe}, {@code sektor}, {@code tema}, {@code sted}/{@code adresse}/{@code rom} (fysisk kurs),
 * {@code lenke} (webinar: the join link, https), {@code status} (åpen, planlagt or avlyst), {@code spørsmål} (the key
 * of a seeded forum thread where questions are asked before the event); the body describes it.
 */
public class EventContentType implements ContentTypeHandler<EventContentType.EventFile> {

    /** What an event file says: the event, and the seeded forum thread for questions before it ({@code spørsmål}), or null. */
    public record EventFile(EventContent event, ContentReference questions) {
    }

    public static final String TYPE = "arrangement";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "webinar eller fysisk kurs med påmelding (arrangementer)";
    }

    @Override
    public int importOrder() {
        return 50;
    }

    @Override
    public EventFile parse(FrontMatterFields fields, String bodyMarkdown) {
        String title = fields.requiredText("tittel");
        String kindText = fields.requiredText("form");
        EventKind kind = null;
        if ("webinar".equals(kindText)) {
            kind = EventKind.WEBINAR;
        } else if ("fysisk-kurs".equals(kindText)) {
            kind = EventKind.FYSISK_KURS;
        } else if (kindText != null) {
            fields.error("form", "'form' skal være webinar eller fysisk-kurs; fant '" + kindText + "'");
        }
        OffsetDateTime start = time(fields, "start", true);
        OffsetDateTime end = time(fields, "slutt", true);
        OffsetDateTime deadline = fields.has("påmeldingsfrist") ? time(fields, "påmeldingsfrist", false) : start;
        if (start != null && end != null && !end.isAfter(start)) {
            fields.error("slutt", "'slutt' må være etter 'start'");
        }
        if (start != null && deadline != null && deadline.isAfter(start)) {
            fields.error("påmeldingsfrist", "'påmeldingsfrist' kan ikke være etter 'start'");
        }
        int capacity = fields.optionalInt("plasser", 0);
        if (capacity <= 0 || capacity > 100_000) {
            fields.error("plasser", "'plasser' mangler eller er ugyldig: antall plasser, f.eks. 'plasser: 100'");
        }
        String joinUrl = fields.optionalText("lenke");
        if (joinUrl != null && !joinUrl.startsWith("https://")) {
            fields.error("lenke", "'lenke' skal være en https-adresse til sendingen");
        }
        String venue = fields.optionalText("sted");
        if (kind == EventKind.FYSISK_KURS && venue == null) {
            fields.error("sted", "et fysisk kurs trenger 'sted'");
        }
        if (kind == EventKind.WEBINAR && joinUrl == null) {
            fields.error("lenke", "et webinar trenger 'lenke' til sendingen");
        }
        String statusText = fields.optionalText("status");
        EventStatus status = EventStatus.OPEN;
        if ("planlagt".equals(statusText)) {
            status = EventStatus.PLANNED;
        } else if ("avlyst".equals(statusText)) {
            status = EventStatus.CANCELLED;
        } else if (statusText != null && !"åpen".equals(statusText)) {
            fields.error("status", "'status' skal være åpen, planlagt eller avlyst; fant '" + statusText + "'");
        }
        if (bodyMarkdown.isBlank()) {
            fields.bodyError("beskrivelsen mangler: skriv under avsluttende '---' hva arrangementet handler om");
        }
        ContentReference questions = fields.optionalReference("spørsmål", ForumThreadContentType.TYPE);
        return new EventFile(new EventContent(kind, title, bodyMarkdown, fields.optionalText("foredragsholdere"),
                fields.optionalText("målgruppe"), fields.optionalReference("sektor", SectorContentType.TYPE),
                fields.optionalReference("tema", ThemeContentType.TYPE), start, end, deadline, capacity,
                fields.optionalBoolean("venteliste", true), venue, fields.optionalText("adresse"),
                fields.optionalText("rom"), joinUrl == null ? null : URI.create(joinUrl).toString(), status), questions);
    }

    private static OffsetDateTime time(FrontMatterFields fields, String field, boolean required) {
        String text = required ? fields.requiredText(field) : fields.optionalText(field);
        if (text == null) {
            return null;
        }
        return OsloTime.parse(text).orElseGet(() -> {
            fields.error(field, "'" + field + "' skal være norsk tid som 2027-03-10 10:00; fant '" + text + "'");
            return null;
        });
    }

    @Override
    public List<ContentReference> references(EventFile file) {
        return ContentReference.present(file.event().sector(), file.event().theme(), file.questions());
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        Event event = find(em, key);
        return event == null ? null : event.getVersion();
    }

    @Override
    public long write(EntityManager em, String key, EventFile file) {
        EventContent data = file.event();
        TaxonomyTerm sector = data.sector() == null ? null : TaxonomyTerms.get(em, TermKind.SECTOR, data.sector().targetKey());
        TaxonomyTerm theme = data.theme() == null ? null : TaxonomyTerms.get(em, TermKind.THEME, data.theme().targetKey());
        Event event = find(em, key);
        EventChange.Snapshot before = null;
        if (event == null) {
            event = new Event(key);
            em.persist(event);
        } else {
            before = EventChange.Snapshot.of(event);
        }
        event.describe(data, sector, theme);
        if (file.questions() != null) {
            // the seeded thread is imported before the events (its import order is lower)
            Event described = event;
            em.createNamedQuery("ForumThread.bySeedKey", ForumThread.class).setParameter("key", file.questions().targetKey())
                    .getResultStream().findFirst().ifPresent(thread -> described.questionsIn(thread.getId()));
        }
        em.flush();
        if (before != null) {
            Event changed = event;
            // participants hear about a new time or place, or a cancellation, from the mail outbox
            EventChange.between(before, EventChange.Snapshot.of(event))
                    .ifPresent(change -> CDI.current().select(EventNotices.class).get().notify(changed, change));
        }
        return event.getVersion();
    }

    static Event find(EntityManager em, String key) {
        return em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
