package no.laeringsarena.catalog;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 * {@code type: kurs} — files in {@code content/kurs/}: metadata in the front matter ({@code tittel},
 * {@code sammendrag}, {@code læringsmål}, {@code format}, {@code sektor}, {@code tema}, {@code målgruppe},
 * {@code varighet} in minutes, {@code eier}, {@code status}, {@code åpent}, {@code sist-faktasjekket}), modules
 * and lessons in the body (see {@link CourseBody}). Re-importing rebuilds the modules and lessons; learners'
 * progress is kept by lesson key.
 */
public class CourseContentType implements ContentTypeHandler<CourseContent> {

    public static final String TYPE = "kurs";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "kurs med moduler og leksjoner (kurs)";
    }

    @Override
    public int importOrder() {
        return 40;
    }

    @Override
    public CourseContent parse(FrontMatterFields fields, String bodyMarkdown) {
        String title = fields.requiredText("tittel");
        String summary = fields.requiredText("sammendrag");
        List<String> goals = fields.textList("læringsmål");
        if (goals.isEmpty() && !fields.has("læringsmål")) {
            fields.error("læringsmål", "'læringsmål' mangler: skriv minst ett læringsmål som en liste");
        }
        String formatText = fields.requiredText("format");
        CourseFormat format = formatText == null ? null : CourseFormat.fromContent(formatText);
        if (formatText != null && format == null) {
            fields.error("format", "'format' skal være nettkurs, fysisk-kurs, videoleksjon eller aktiv-leksjon; fant '" + formatText + "'");
        }
        ContentReference sector = fields.requiredReference("sektor", SectorContentType.TYPE);
        ContentReference theme = fields.optionalReference("tema", ThemeContentType.TYPE);
        String audience = fields.optionalText("målgruppe");
        int minutes = fields.optionalInt("varighet", 0);
        if (!fields.has("varighet")) {
            fields.error("varighet", "'varighet' mangler: anslått tid i minutter, f.eks. 'varighet: 45'");
        } else if (minutes <= 0 || minutes > 6000) {
            fields.error("varighet", "'varighet' er minutter og skal være mellom 1 og 6000");
        }
        String owner = fields.requiredText("eier");
        String statusText = fields.optionalText("status");
        CourseStatus status = CourseStatus.PUBLISHED;
        if ("utkast".equals(statusText)) {
            status = CourseStatus.DRAFT;
        } else if (statusText != null && !"publisert".equals(statusText)) {
            fields.error("status", "'status' skal være publisert eller utkast; fant '" + statusText + "'");
        }
        boolean open = fields.optionalBoolean("åpent", false);
        LocalDate factChecked = null;
        String factCheckedText = fields.optionalText("sist-faktasjekket");
        if (factCheckedText != null) {
            try {
                factChecked = LocalDate.parse(factCheckedText);
            } catch (DateTimeParseException e) {
                fields.error("sist-faktasjekket", "'sist-faktasjekket' skal være en dato som 2025-03-31; fant '" + factCheckedText + "'");
            }
        }
        CourseBody.Result body = CourseBody.parse(bodyMarkdown);
        body.problems().forEach(fields::bodyError);
        return new CourseContent(title, summary, goals, format, sector, theme, audience, minutes, owner, status,
                open, factChecked, body.modules());
    }

    @Override
    public List<ContentReference> references(CourseContent data) {
        return ContentReference.present(data.sector(), data.theme());
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        Course course = find(em, key);
        return course == null ? null : course.getVersion();
    }

    @Override
    public long write(EntityManager em, String key, CourseContent data) {
        TaxonomyTerm sector = TaxonomyTerms.get(em, TermKind.SECTOR, data.sector().targetKey());
        TaxonomyTerm theme = data.theme() == null ? null : TaxonomyTerms.get(em, TermKind.THEME, data.theme().targetKey());
        Course course = find(em, key);
        if (course == null) {
            course = new Course(key);
            em.persist(course);
        }
        course.describe(data, sector, theme, OffsetDateTime.now(ZoneOffset.UTC));
        em.flush();
        CourseIndexing.courseChanged(em, course);
        return course.getVersion();
    }

    static Course find(EntityManager em, String key) {
        return em.createNamedQuery("Course.byKey", Course.class).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
