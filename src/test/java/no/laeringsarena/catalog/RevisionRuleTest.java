package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import no.laeringsarena.catalog.CompletionRule.LessonRef;
import no.laeringsarena.catalog.RevisionRule.LearnerState;
import org.junit.jupiter.api.Test;

class RevisionRuleTest {

    private static final List<LessonRef> BEFORE = List.of(new LessonRef("a", true), new LessonRef("b", true),
            new LessonRef("c", false));

    @Test
    void aLearnerInProgressMustTakeAnAddedRequiredLesson() {
        List<LessonRef> after = List.of(new LessonRef("a", true), new LessonRef("b", true), new LessonRef("new", true));
        LearnerState halfway = new LearnerState(Set.of("a"), false);
        RevisionRule.Impact impact = RevisionRule.assess(BEFORE, after, List.of(halfway));
        assertEquals(List.of("new"), impact.addedRequiredLessons());
        assertEquals(List.of("c"), impact.removedLessons());
        assertEquals(1, impact.mustTakeMore());
        assertTrue(impact.needsConfirmation());
        assertFalse(RevisionRule.completesOnPublish(after, new LearnerState(Set.of("a", "b"), false)),
                "a and b are no longer enough");
    }

    @Test
    void aCompletedLearnerStaysCompletedAtOneHundredPercentWhenLessonsAreAdded() {
        List<LessonRef> after = List.of(new LessonRef("a", true), new LessonRef("b", true), new LessonRef("new", true));
        LearnerState done = new LearnerState(Set.of("a", "b"), true);
        RevisionRule.Impact impact = RevisionRule.assess(BEFORE, after, List.of(done));
        assertEquals(1, impact.completed());
        assertEquals(0, impact.inProgress());
        assertFalse(impact.needsConfirmation(), "no one in progress: nothing to warn about");
        assertEquals(100, RevisionRule.percent(after, done));
        assertFalse(RevisionRule.completesOnPublish(after, done), "completed once, not again");
    }

    @Test
    void removingTheLessonALearnerLackedCompletesHerCourseAtPublication() {
        List<LessonRef> after = List.of(new LessonRef("a", true), new LessonRef("c", false));
        LearnerState lacksB = new LearnerState(Set.of("a"), false);
        RevisionRule.Impact impact = RevisionRule.assess(BEFORE, after, List.of(lacksB));
        assertEquals(List.of("b"), impact.removedLessons());
        assertEquals(1, impact.completedByChange());
        assertEquals(0, impact.mustTakeMore());
        assertTrue(RevisionRule.completesOnPublish(after, lacksB));
        assertEquals(100, RevisionRule.percent(after, lacksB));
    }

    @Test
    void progressInARemovedLessonNoLongerCounts() {
        List<LessonRef> after = List.of(new LessonRef("a", true), new LessonRef("d", true));
        LearnerState onlyB = new LearnerState(Set.of("b"), false);
        assertEquals(0, RevisionRule.percent(after, onlyB));
    }

    @Test
    void makingAnOptionalLessonRequiredCountsAsAddedAndRenamingOrMovingChangesNothing() {
        List<LessonRef> moved = List.of(new LessonRef("b", true), new LessonRef("a", true), new LessonRef("c", false));
        RevisionRule.Impact same = RevisionRule.assess(BEFORE, moved, List.of(new LearnerState(Set.of("a"), false)));
        assertTrue(same.removedLessons().isEmpty() && same.addedRequiredLessons().isEmpty());
        assertFalse(same.needsConfirmation(), "reordering does not disturb learners");

        List<LessonRef> cRequired = List.of(new LessonRef("a", true), new LessonRef("b", true), new LessonRef("c", true));
        assertEquals(List.of("c"), RevisionRule.assess(BEFORE, cRequired, List.of()).addedRequiredLessons());
    }

    @Test
    void aFirstPublicationHasNoLearnersToWarnAbout() {
        RevisionRule.Impact impact = RevisionRule.assess(List.of(), BEFORE, List.of());
        assertFalse(impact.needsConfirmation());
        assertEquals(0, impact.inProgress());
    }
}
