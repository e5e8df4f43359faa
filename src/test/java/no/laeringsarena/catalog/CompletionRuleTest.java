package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.catalog.CompletionRule.LessonRef;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    private final List<LessonRef> lessons = List.of(new LessonRef("a", true), new LessonRef("b", false),
            new LessonRef("c", true), new LessonRef("d", true));

    @Test
    void aCourseIsCompleteWhenEveryRequiredLessonIsDoneEvenWithoutTheOptionalOne() {
        assertFalse(CompletionRule.isComplete(lessons, Set.of("a", "c")));
        assertTrue(CompletionRule.isComplete(lessons, Set.of("a", "c", "d")));
    }

    @Test
    void optionalLessonsDoNotCountTowardProgress() {
        assertEquals(0, CompletionRule.percent(lessons, Set.of("b")));
        assertEquals(33, CompletionRule.percent(lessons, Set.of("a", "b")));
        assertEquals(100, CompletionRule.percent(lessons, Set.of("a", "c", "d")));
    }

    @Test
    void withoutRequiredLessonsEveryLessonCounts() {
        List<LessonRef> allOptional = List.of(new LessonRef("x", false), new LessonRef("y", false));
        assertFalse(CompletionRule.isComplete(allOptional, Set.of("x")));
        assertTrue(CompletionRule.isComplete(allOptional, Set.of("x", "y")));
        assertFalse(CompletionRule.isComplete(List.of(), Set.of()), "an empty course is never complete");
    }

    @Test
    void continueGoesToTheFirstUndoneLessonAfterWhereTheLearnerLeftOff() {
        assertEquals(Optional.of("a"), CompletionRule.resumeAt(lessons, Set.of(), null));
        assertEquals(Optional.of("d"), CompletionRule.resumeAt(lessons, Set.of("a", "b", "c"), "c"));
        assertEquals(Optional.of("c"), CompletionRule.resumeAt(lessons, Set.of("a"), "c"),
                "the lesson she opened last and did not finish");
        assertEquals(Optional.of("a"), CompletionRule.resumeAt(lessons, Set.of("b", "c", "d"), "d"),
                "wraps round to an undone lesson earlier in the course");
        assertEquals(Optional.of("a"), CompletionRule.resumeAt(lessons, Set.of("a", "b", "c", "d"), "d"));
    }

    @Test
    void nextIsTheFollowingLessonInCourseOrder() {
        assertEquals(Optional.of("b"), CompletionRule.next(lessons, "a"));
        assertEquals(Optional.empty(), CompletionRule.next(lessons, "d"));
    }

    @Test
    void hoursAreMinutesOverSixtyToOneDecimal() {
        assertEquals(new BigDecimal("0.8"), CompletionRule.hours(45));
        assertEquals(new BigDecimal("1.5"), CompletionRule.hours(90));
        assertEquals(new BigDecimal("0.1"), CompletionRule.hours(1));
    }
}
