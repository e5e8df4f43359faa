package no.laeringsarena.assessment;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseContentType;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;

/**
 * {@code type: sporsmalsbank} — files in {@code content/sporsmalsbanker/}: a course's question bank, {@code kurs} and
 * {@code tittel} in the front matter and the questions in the body, written as in a test ({@link TestBodyParser});
 * tests of the course name it with {@code spørsmålsbank:} and draw from it by their {@code trekk} rules. See
 * content/README.md, «Spørsmålsbanker». Imported after the courses and before the tests.
 */
public class QuestionBankContentType implements ContentTypeHandler<QuestionBankContent> {

    public static final String TYPE = "sporsmalsbank";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "spørsmålsbank til et kurs, som testene i kurset trekker fra (sporsmalsbanker/)";
    }

    @Override
    public int importOrder() {
        return 55;
    }

    @Override
    public QuestionBankContent parse(FrontMatterFields fields, String bodyMarkdown) {
        ContentReference course = fields.requiredReference("kurs", CourseContentType.TYPE);
        String title = fields.requiredText("tittel");
        if (title != null && title.length() > 200) {
            fields.error("tittel", "tittelen er lengre enn 200 tegn");
        }
        TestBodyParser.Result body = TestBodyParser.parse(bodyMarkdown);
        body.problems().forEach(fields::bodyError);
        if (!body.areas().isEmpty()) {
            fields.bodyError("'## Område:' brukes bare i en test med 'art: kartlegging', ikke i en spørsmålsbank");
        }
        return new QuestionBankContent(course, title, body.questions());
    }

    @Override
    public List<ContentReference> references(QuestionBankContent data) {
        return data.course() == null ? List.of() : List.of(data.course());
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        return find(em, key).map(QuestionBank::getVersion).orElse(null);
    }

    @Override
    public long write(EntityManager em, String key, QuestionBankContent data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Course course = em.createNamedQuery("Course.byKey", Course.class)
                .setParameter("key", data.course().targetKey()).getSingleResult();
        QuestionBank bank = find(em, key).orElse(null);
        if (bank == null) {
            bank = new QuestionBank(key, course, data.title(), now);
            em.persist(bank);
        } else {
            bank.describe(course, data.title(), now);
        }
        bank.replaceQuestions(List.of());
        em.flush();
        bank.replaceQuestions(data.questions());
        em.flush();
        return bank.getVersion();
    }

    static java.util.Optional<QuestionBank> find(EntityManager em, String key) {
        return em.createNamedQuery("QuestionBank.byKey", QuestionBank.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
