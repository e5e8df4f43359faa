package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.junit.jupiter.api.Test;

/** A course's question bank: several tests of the course draw from it, each by its own rules. */
class QuestionBankTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final UserAccount DINA = new UserAccount("dina@example.no", "Dina", "x", null, Set.of(Role.DELTAKER));
    private static final Course ARKIV = new Course("arkiv");

    private static QuestionContent truth(String key, String topic, String text) {
        return new QuestionContent(key, QuestionType.TRUE_FALSE, text, 1, List.of(), AnswerKey.trueFalse(true), null, topic,
                null, true);
    }

    private static QuestionBank bank(Course course) {
        QuestionBank bank = new QuestionBank("arkiv-banken", course, "Banken", NOW);
        bank.replaceQuestions(List.of(truth("s1", "strategier", "S1"), truth("s2", "strategier", "S2"),
                truth("s3", "strategier", "S3"), truth("n1", "nokler", "N1"), truth("n2", "nokler", "N2")));
        return bank;
    }

    private static CourseTest test(String key, List<DrawRule> rules, List<QuestionContent> own, QuestionBank bank) {
        CourseTest test = new CourseTest(key, ARKIV);
        test.describe(new TestContent(null, key, "", 80, 3, null, FeedbackMode.AFTER_SUBMIT, own, TestKind.QUIZ, rules,
                List.of()), ARKIV, NOW);
        test.replaceQuestions(own);
        test.drawFrom(bank);
        return test;
    }

    private static List<String> keys(List<Question> questions) {
        return questions.stream().map(Question::getQuestionKey).toList();
    }

    @Test
    void twoTestsOfTheCourseDrawFromTheSameBankQuestions() {
        QuestionBank bank = bank(ARKIV);
        CourseTest checkpoint = test("sjekkpunkt", List.of(new DrawRule(3, "strategier", null)), List.of(), bank);
        CourseTest finalTest = test("slutt", List.of(new DrawRule(2, "strategier", null), new DrawRule(2, "nokler", null)),
                List.of(), bank);

        Attempt first = new Attempt(checkpoint, DINA, 1, NOW, new Random(3));
        assertEquals(Set.of("s1", "s2", "s3"), new HashSet<>(keys(first.questions())), "all three strategy questions");
        Attempt last = new Attempt(finalTest, DINA, 1, NOW, new Random(3));
        assertEquals(4, last.questions().size());
        assertEquals(Set.of("n1", "n2"), Set.copyOf(keys(last.questions()).stream().filter(k -> k.startsWith("n")).toList()));
        assertTrue(last.questions().stream().allMatch(Question::isFromBank), "the questions are the bank's own");
        assertTrue(keys(first.questions()).stream().anyMatch(keys(last.questions())::contains), "shared between tests");
        assertEquals(5.0, finalTest.maxScore(), 1e-9, "the pool holds the bank's five questions");
    }

    @Test
    void aTestDrawsNAtRandomSoDifferentAttemptsGetDifferentQuestions() {
        CourseTest test = test("slutt", List.of(new DrawRule(2, null, null)), List.of(), bank(ARKIV));
        Set<List<String>> draws = new HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            List<String> drawn = keys(new Attempt(test, DINA, 1, NOW, new Random(seed)).questions());
            assertEquals(2, drawn.size());
            assertEquals(2, new HashSet<>(drawn).size(), "no question twice in an attempt");
            draws.add(drawn.stream().sorted().toList());
        }
        assertTrue(draws.size() > 3, "different attempts draw different questions: " + draws);
    }

    @Test
    void theTestsOwnQuestionWithABankKeyReplacesTheBanksAndGradesByIt() {
        QuestionContent own = new QuestionContent("s1", QuestionType.TRUE_FALSE, "Egen S1", 2, List.of(),
                AnswerKey.trueFalse(false), null, "strategier", null, true);
        CourseTest test = test("slutt", List.of(new DrawRule(3, "strategier", null)), List.of(own), bank(ARKIV));
        assertEquals(List.of("s1", "s2", "s3", "n1", "n2"), keys(test.pool()));
        Question s1 = test.question("s1").orElseThrow();
        assertEquals("Egen S1", s1.getText());
        assertEquals(GradeStatus.CORRECT, s1.grade(List.of("false")).status());
        assertEquals(GradeStatus.CORRECT, test.question("n2").orElseThrow().grade(List.of("true")).status());
    }

    @Test
    void withoutABankATestHasOnlyItsOwnQuestionsAndABankOfAnotherCourseIsRefused() {
        CourseTest plain = test("plain", List.of(), List.of(truth("x", "", "X")), null);
        assertEquals(List.of("x"), keys(plain.pool()));
        assertTrue(plain.question("s1").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> plain.drawFrom(bank(new Course("annet-kurs"))));
    }

    @Test
    void anImportIntoTheBankAddsNewKeysAndReplacesKnownOnes() {
        QuestionBank bank = bank(ARKIV);
        bank.importQuestions(List.of(truth("s1", "strategier", "Ny tekst"), truth("ny", "nokler", "Ny")), NOW);
        assertEquals(List.of("s1", "s2", "s3", "n1", "n2", "ny"), keys(bank.getQuestions()));
        assertEquals("Ny tekst", bank.question("s1").orElseThrow().getText());
    }
}
