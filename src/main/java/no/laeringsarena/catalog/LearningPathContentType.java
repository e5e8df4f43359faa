package no.laeringsarena.catalog;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;

/**
 * {@code type: laeringssti} — files in {@code content/laeringsstier/}: {@code tittel}, {@code kurs} (course keys
 * in the order they should be taken, at least two) and a body (required) saying who the path is for.
 */
public class LearningPathContentType implements ContentTypeHandler<LearningPathContent> {

    public static final String TYPE = "laeringssti";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "læringssti: kurs i en anbefalt rekkefølge (laeringsstier)";
    }

    @Override
    public int importOrder() {
        return 50;
    }

    @Override
    public LearningPathContent parse(FrontMatterFields fields, String bodyMarkdown) {
        String title = fields.requiredText("tittel");
        List<ContentReference> courses = fields.referenceList("kurs", CourseContentType.TYPE);
        if (courses.size() < 2) {
            fields.error("kurs", "'kurs' skal være en liste med minst to kursnøkler");
        }
        if (courses.stream().map(ContentReference::targetKey).distinct().count() < courses.size()) {
            fields.error("kurs", "et kurs står to ganger i 'kurs'");
        }
        if (bodyMarkdown.isBlank()) {
            fields.bodyError("beskrivelsen mangler: skriv under avsluttende '---' hvem læringsstien er for");
        }
        return new LearningPathContent(title, bodyMarkdown, courses);
    }

    @Override
    public List<ContentReference> references(LearningPathContent data) {
        return data.courses();
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        LearningPath path = find(em, key);
        return path == null ? null : path.getVersion();
    }

    @Override
    public long write(EntityManager em, String key, LearningPathContent data) {
        List<Course> courses = new ArrayList<>();
        for (ContentReference ref : data.courses()) {
            Course course = CourseContentType.find(em, ref.targetKey());
            if (course == null) {
                throw new IllegalStateException("kurs '" + ref.targetKey() + "' finnes ikke i databasen");
            }
            courses.add(course);
        }
        LearningPath path = find(em, key);
        if (path == null) {
            path = new LearningPath(key);
            em.persist(path);
        }
        path.describe(data.title(), data.summaryMarkdown(), courses);
        em.flush();
        return path.getVersion();
    }

    private static LearningPath find(EntityManager em, String key) {
        return em.createNamedQuery("LearningPath.byKey", LearningPath.class).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
