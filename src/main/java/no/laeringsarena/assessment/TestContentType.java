package no.laeringsarena.assessment;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseContentType;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;

/**
 * {@code type: test} — files in {@code content/tester/}: one test belonging to a course, with its questions in the
 * body ({@link TestBodyParser}), optionally drawing from the course's question bank too ({@code spørsmålsbank}, then
 * with {@code trekk} rules); see content/README.md, «Tester». Imported after the courses and question banks.
 */
public class TestContentType implements ContentTypeHandler<TestContent> {

    public static final String TYPE = "test";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "test/quiz til et kurs (tester/)";
    }

    @Override
    public int importOrder() {
        return 60;
    }

    @Override
    public TestContent parse(FrontMatterFields fields, String bodyMarkdown) {
        ContentReference course = fields.requiredReference("kurs", CourseContentType.TYPE);
        String title = fields.requiredText("tittel");
        int passMark = fields.optionalInt("bestått", 80);
        if (passMark < 0 || passMark > 100) {
            fields.error("bestått", "'bestått' er prosent av poengene: et heltall fra 0 til 100");
        }
        int attempts = fields.optionalInt("forsøk", 3);
        if (attempts < 1 || attempts > 100) {
            fields.error("forsøk", "'forsøk' må være et heltall fra 1 til 100");
        }
        Integer limitSeconds = null;
        if (fields.has("tidsbegrensning")) {
            int minutes = fields.optionalInt("tidsbegrensning", 0);
            if (minutes < 1 || minutes > 600) {
                fields.error("tidsbegrensning", "'tidsbegrensning' er minutter: et heltall fra 1 til 600");
            } else {
                limitSeconds = minutes * 60;
            }
        }
        FeedbackMode mode = FeedbackMode.AFTER_SUBMIT;
        if (fields.has("tilbakemelding")) {
            mode = FeedbackMode.fromContentName(fields.optionalText("tilbakemelding"));
            if (mode == null) {
                fields.error("tilbakemelding", "'tilbakemelding' må være umiddelbart, etter-innlevering,"
                        + " etter-siste-forsok eller aldri");
            }
        }
        TestKind kind = TestKind.QUIZ;
        if (fields.has("art")) {
            kind = TestKind.fromContentName(fields.optionalText("art"));
            if (kind == null) {
                fields.error("art", "'art' må være quiz eller kartlegging");
                kind = TestKind.QUIZ;
            }
        }
        List<DrawRule> rules = new ArrayList<>();
        for (String text : fields.textList("trekk")) {
            DrawRule rule = DrawRule.parse(text);
            if (rule == null) {
                fields.error("trekk", "hver regel i 'trekk' er 'antall', 'antall tema' eller 'antall tema vanskelighet'"
                        + " (tema * for alle; vanskelighet lett, middels eller vanskelig); fant '" + text + "'");
            } else {
                rules.add(rule);
            }
        }
        ContentReference bank = fields.optionalReference("spørsmålsbank", QuestionBankContentType.TYPE);
        TestBodyParser.Result body = TestBodyParser.parse(bodyMarkdown);
        body.problems().stream()
                .filter(p -> bank == null || !p.equals(TestBodyParser.NO_QUESTIONS))
                .forEach(fields::bodyError);
        if (bank != null && kind == TestKind.SELF_ASSESSMENT) {
            fields.error("spørsmålsbank", "en kartlegging har sine egne spørsmål og kan ikke trekke fra en spørsmålsbank");
        }
        if (bank != null && rules.isEmpty()) {
            fields.error("trekk", "en test som trekker fra en spørsmålsbank må si hvor mange spørsmål den trekker ('trekk')");
        }
        // with a bank, the bank's questions count too: the importer cannot see them here, the test page shows the count
        for (DrawRule rule : bank != null ? List.<DrawRule>of() : rules) {
            long matching = body.questions().stream().filter(q -> (rule.topic() == null || rule.topic().equals(q.topic()))
                    && (rule.difficulty() == null || rule.difficulty() == q.difficulty())).count();
            if (matching < rule.count()) {
                fields.error("trekk", "regelen '" + rule.count() + " " + (rule.topic() == null ? "*" : rule.topic())
                        + (rule.difficulty() == null ? "" : " " + rule.difficulty().contentName()) + "' trenger "
                        + rule.count() + " spørsmål, men bare " + matching + " passer");
            }
        }
        if (kind == TestKind.SELF_ASSESSMENT) {
            for (QuestionContent q : body.questions()) {
                if (body.areas().stream().noneMatch(a -> a.getAreaKey().equals(q.topic()))) {
                    fields.bodyError("spørsmålet '" + q.key() + "' i en kartlegging må ha 'tema:' lik nøkkelen til et"
                            + " '## Område:'");
                }
            }
        } else if (!body.areas().isEmpty()) {
            fields.bodyError("'## Område:' brukes bare i en test med 'art: kartlegging'");
        }
        return new TestContent(course, title, body.intro(), passMark, attempts, limitSeconds, mode, body.questions(),
                kind, rules, body.areas(), bank);
    }

    @Override
    public List<ContentReference> references(TestContent data) {
        List<ContentReference> references = new ArrayList<>();
        if (data.course() != null) {
            references.add(data.course());
        }
        if (data.bank() != null) {
            references.add(data.bank());
        }
        return references;
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        return Tests.find(em, key).map(CourseTest::getVersion).orElse(null);
    }

    @Override
    public long write(EntityManager em, String key, TestContent data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Course course = em.createNamedQuery("Course.byKey", Course.class)
                .setParameter("key", data.course().targetKey()).getSingleResult();
        CourseTest test = Tests.find(em, key).orElse(null);
        if (test == null) {
            test = new CourseTest(key, course);
            em.persist(test);
        }
        test.describe(data, course, now);
        test.drawFrom(data.bank() == null ? null : QuestionBankContentType.find(em, data.bank().targetKey())
                .orElseThrow(() -> new IllegalStateException("spørsmålsbanken '" + data.bank().targetKey() + "' finnes ikke")));
        test.replaceQuestions(List.of());
        em.flush();
        test.replaceQuestions(data.questions());
        em.flush();
        return test.getVersion();
    }
}
