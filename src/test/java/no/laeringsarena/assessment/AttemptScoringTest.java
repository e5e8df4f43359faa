package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.junit.jupiter.api.Test;

/** Scoring a whole attempt: points, the pass mark, essays, the deadline and when the answers may be shown. */
class AttemptScoringTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final UserAccount DINA = new UserAccount("dina@example.no", "Dina", "x", null, Set.of(Role.DELTAKER));

    private static CourseTest test(int passMark, Integer limitSeconds, FeedbackMode mode, int attempts) {
        CourseTest test = new CourseTest("t", new Course("k"));
        List<QuestionContent> questions = List.of(
                new QuestionContent("a", QuestionType.SINGLE_CHOICE, "A?", 1,
                        List.of(new QuestionOption("a", "Ja", ""), new QuestionOption("b", "Nei", "")),
                        AnswerKey.options(List.of("a")), null),
                new QuestionContent("b", QuestionType.MULTIPLE_CHOICE, "B?", 3,
                        List.of(new QuestionOption("a", "1", ""), new QuestionOption("b", "2", ""),
                                new QuestionOption("c", "3", "")),
                        AnswerKey.options(List.of("a", "b", "c")), null),
                new QuestionContent("c", QuestionType.ESSAY, "Fortell", 5, List.of(), AnswerKey.none(), null));
        test.describe(new TestContent(null, "T", "", passMark, attempts, limitSeconds, mode, questions), null, NOW);
        test.replaceQuestions(questions);
        return test;
    }

    @Test
    void essaysDoNotCountAndThePassMarkIsInclusive() {
        CourseTest test = test(75, null, FeedbackMode.AFTER_SUBMIT, 3);
        assertEquals(4, test.maxScore());
        Attempt attempt = new Attempt(test, DINA, 1, NOW);
        attempt.saveAnswer(test.question("a").orElseThrow(), List.of("a"), NOW);
        attempt.saveAnswer(test.question("b").orElseThrow(), List.of("a", "b"), NOW);
        attempt.saveAnswer(test.question("c").orElseThrow(), List.of("Min tekst"), NOW);
        attempt.submit(NOW.plusMinutes(3), false);
        assertEquals(3, attempt.getScore(), 1e-9);
        assertTrue(attempt.isPassed(), "3 of 4 is exactly 75 %");
        assertEquals(GradeStatus.PENDING, attempt.answer("c").orElseThrow().getStatus());
        assertFalse(attempt.isOpen());
    }

    @Test
    void belowThePassMarkFailsAndUnansweredQuestionsEarnNothing() {
        CourseTest test = test(80, null, FeedbackMode.AFTER_SUBMIT, 3);
        Attempt attempt = new Attempt(test, DINA, 1, NOW);
        attempt.saveAnswer(test.question("b").orElseThrow(), List.of("a", "b", "c"), NOW);
        attempt.submit(NOW, false);
        assertEquals(3, attempt.getScore(), 1e-9);
        assertFalse(attempt.isPassed(), "3 of 4 is below 80 %");
    }

    @Test
    void theDeadlineFollowsTheTimeLimit() {
        Attempt limited = new Attempt(test(80, 90, FeedbackMode.AFTER_SUBMIT, 1), DINA, 1, NOW);
        assertEquals(NOW.plusSeconds(90), limited.getDeadline());
        assertFalse(limited.isPastDeadline(NOW.plusSeconds(90)));
        assertTrue(limited.isPastDeadline(NOW.plusSeconds(91)));
        Attempt open = new Attempt(test(80, null, FeedbackMode.AFTER_SUBMIT, 1), DINA, 1, NOW);
        assertNull(open.getDeadline());
        assertFalse(open.isPastDeadline(NOW.plusYears(1)));
    }

    @Test
    void theAnswersAreShownOnlyWhenTheFeedbackModeAllows() {
        AttemptService service = new AttemptService();
        assertTrue(service.solutionVisible(submitted(FeedbackMode.AFTER_SUBMIT), 1));
        assertFalse(service.solutionVisible(submitted(FeedbackMode.NEVER), 2));
        assertFalse(service.solutionVisible(submitted(FeedbackMode.AFTER_LAST_ATTEMPT), 1));
        assertTrue(service.solutionVisible(submitted(FeedbackMode.AFTER_LAST_ATTEMPT), 2));
        Attempt open = new Attempt(test(80, null, FeedbackMode.AFTER_SUBMIT, 2), DINA, 1, NOW);
        assertFalse(service.solutionVisible(open, 1), "never while the attempt is open");
    }

    private static Attempt submitted(FeedbackMode mode) {
        Attempt attempt = new Attempt(test(80, null, mode, 2), DINA, 1, NOW);
        attempt.submit(NOW, false);
        return attempt;
    }

    @Test
    void theValidatorRefusesValuesTheQuestionDoesNotHave() {
        CourseTest test = test(80, null, FeedbackMode.AFTER_SUBMIT, 1);
        Question single = test.question("a").orElseThrow();
        assertTrue(AnswerValidator.valid(single, List.of("b")));
        assertFalse(AnswerValidator.valid(single, List.of("z")));
        assertFalse(AnswerValidator.valid(single, List.of("a", "b", "a")), "more values than options");
        Question essay = test.question("c").orElseThrow();
        assertTrue(AnswerValidator.valid(essay, List.of("x".repeat(10_000))));
        assertFalse(AnswerValidator.valid(essay, List.of("x".repeat(10_001))));
    }
}
