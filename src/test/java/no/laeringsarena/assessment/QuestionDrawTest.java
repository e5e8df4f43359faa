package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.junit.jupiter.api.Test;

/** Drawing an attempt's questions from tagged pools, and shuffling options, with a seed so it can be repeated. */
class QuestionDrawTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final UserAccount DINA = new UserAccount("dina@example.no", "Dina", "x", null, Set.of(Role.DELTAKER));

    private static QuestionContent choice(String key, String topic, Difficulty difficulty, boolean shuffle) {
        List<QuestionOption> options = List.of(new QuestionOption("a", "A", ""), new QuestionOption("b", "B", ""),
                new QuestionOption("c", "C", ""), new QuestionOption("d", "D", ""), new QuestionOption("e", "E", ""));
        return new QuestionContent(key, QuestionType.SINGLE_CHOICE, key + "?", 1, options,
                AnswerKey.options(List.of("a")), null, topic, difficulty, shuffle);
    }

    private static CourseTest test(List<DrawRule> rules, List<QuestionContent> questions) {
        CourseTest test = new CourseTest("t", new Course("k"));
        test.describe(new TestContent(null, "T", "", 80, 3, null, FeedbackMode.AFTER_SUBMIT, questions,
                TestKind.QUIZ, rules, List.of()), null, NOW);
        test.replaceQuestions(questions);
        return test;
    }

    private static List<QuestionContent> pool() {
        List<QuestionContent> questions = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            questions.add(choice("personvern-" + i, "personvern", i <= 3 ? Difficulty.EASY : Difficulty.HARD, true));
        }
        for (int i = 1; i <= 4; i++) {
            questions.add(choice("arkiv-" + i, "arkiv", Difficulty.MEDIUM, true));
        }
        return questions;
    }

    private static List<String> keys(List<DrawnQuestion> drawn) {
        return drawn.stream().map(DrawnQuestion::getQuestionKey).toList();
    }

    @Test
    void withoutRulesEveryQuestionIsUsedInTheOrderWritten() {
        CourseTest test = test(List.of(), pool());
        List<DrawnQuestion> drawn = QuestionDraw.draw(test.getQuestions(), List.of(), new Random(1));
        assertEquals(test.getQuestions().stream().map(Question::getQuestionKey).toList(), keys(drawn));
    }

    @Test
    void eachRuleDrawsItsCountFromItsPoolAndTheSameSeedGivesTheSameDraw() {
        List<DrawRule> rules = List.of(new DrawRule(2, "personvern", Difficulty.HARD), new DrawRule(1, "arkiv", null),
                new DrawRule(2, null, null));
        CourseTest test = test(rules, pool());
        List<DrawnQuestion> first = QuestionDraw.draw(test.getQuestions(), rules, new Random(42));
        List<DrawnQuestion> again = QuestionDraw.draw(test.getQuestions(), rules, new Random(42));
        assertEquals(keys(first), keys(again), "the same seed draws the same questions in the same order");
        assertEquals(first.stream().map(DrawnQuestion::getOptionOrder).toList(),
                again.stream().map(DrawnQuestion::getOptionOrder).toList(), "and the same option order");
        assertEquals(5, first.size());
        assertEquals(5, new HashSet<>(keys(first)).size(), "no question twice");
        long hard = keys(first).stream().filter(k -> k.matches("personvern-[456]")).count();
        assertTrue(hard >= 2, "two hard privacy questions at least: " + keys(first));
        assertTrue(keys(first).stream().anyMatch(k -> k.startsWith("arkiv")), "an archive question");

        Set<List<String>> draws = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            draws.add(keys(QuestionDraw.draw(test.getQuestions(), rules, new Random(seed))));
        }
        assertTrue(draws.size() > 10, "different seeds draw differently: " + draws.size());
    }

    @Test
    void aPoolSmallerThanItsRuleGivesWhatItHas() {
        List<DrawRule> rules = List.of(new DrawRule(9, "arkiv", null));
        CourseTest test = test(rules, pool());
        assertEquals(4, QuestionDraw.available(test.getQuestions(), rules));
    }

    @Test
    void optionsAreShuffledExceptOnAScaleAndAnOrderingNeverStartsRight() {
        QuestionContent scale = choice("skala", "x", null, false);
        QuestionContent ordering = new QuestionContent("rekkefolge", QuestionType.ORDERING, "Ordne", 1,
                List.of(new QuestionOption("a", "1", ""), new QuestionOption("b", "2", "")),
                AnswerKey.ordering(List.of("a", "b"), false), null);
        QuestionContent trueFalse = new QuestionContent("sant", QuestionType.TRUE_FALSE, "Sant?", 1, List.of(),
                AnswerKey.trueFalse(true), null);
        CourseTest test = test(List.of(), List.of(choice("blandes", "x", null, true), scale, ordering, trueFalse));
        Set<List<String>> shuffled = new HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            List<DrawnQuestion> drawn = QuestionDraw.draw(test.getQuestions(), List.of(), new Random(seed));
            shuffled.add(drawn.get(0).getOptionOrder());
            assertEquals(List.of("a", "b", "c", "d", "e"), drawn.get(1).getOptionOrder(), "a scale keeps its order");
            assertEquals(List.of("b", "a"), drawn.get(2).getOptionOrder(), "two items can only start the wrong way");
            assertEquals(List.of(), drawn.get(3).getOptionOrder(), "true/false has nothing to shuffle");
        }
        assertTrue(shuffled.size() > 10, "choice options are shuffled: " + shuffled.size());
    }

    @Test
    void theAttemptKeepsItsDrawAndIsScoredOnlyOnTheDrawnQuestions() {
        List<DrawRule> rules = List.of(new DrawRule(3, null, null));
        CourseTest test = test(rules, pool());
        Attempt attempt = new Attempt(test, DINA, 1, NOW, new Random(7));
        List<Question> questions = attempt.questions();
        assertEquals(3, questions.size());
        assertEquals(keys(QuestionDraw.draw(test.getQuestions(), rules, new Random(7))),
                questions.stream().map(Question::getQuestionKey).toList(), "the attempt holds the seeded draw");
        Question notDrawn = test.getQuestions().stream().filter(q -> !attempt.includes(q.getQuestionKey()))
                .findFirst().orElseThrow();
        attempt.saveAnswer(questions.get(0), List.of("a"), NOW);
        attempt.saveAnswer(notDrawn, List.of("a"), NOW);
        attempt.submit(NOW, false);
        assertEquals(1, attempt.getScore(), 1e-9, "only drawn questions count");
        assertEquals(3, attempt.getMaxScore(), 1e-9);
        List<String> shown = attempt.options(questions.get(0)).stream().map(QuestionOption::getOptionKey).toList();
        assertEquals(attempt.getDrawn().get(0).getOptionOrder(), shown);
        assertNotEquals(List.of(), shown);
    }
}
