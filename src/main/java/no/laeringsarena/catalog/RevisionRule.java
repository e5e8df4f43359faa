package no.laeringsarena.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What publishing a changed course does to learners who have started it (see the package comment for the rule in
 * words), and what the course holder is warned about before publishing. No database: the caller passes the lessons
 * before and after and each learner's progress.
 */
public final class RevisionRule {

    /** One learner's progress on the published course: the lesson keys done, and whether the course is completed. */
    public record LearnerState(Set<String> done, boolean completed) {

        public LearnerState {
            done = Set.copyOf(done);
        }
    }

    /**
     * What a publication changes.
     *
     * @param removedLessons       keys of lessons no longer in the course (their progress no longer counts)
     * @param addedRequiredLessons keys of lessons required now that were not required (or not there) before
     * @param inProgress           learners who have started but not completed
     * @param mustTakeMore         of those, learners who must now also take an added required lesson
     * @param completedByChange    of those, learners for whom the course becomes completed at publication
     * @param completed            learners who completed before; they stay completed and keep their kursbevis
     */
    public record Impact(List<String> removedLessons, List<String> addedRequiredLessons, int inProgress,
                         int mustTakeMore, int completedByChange, int completed) implements java.io.Serializable {

        public Impact {
            removedLessons = List.copyOf(removedLessons);
            addedRequiredLessons = List.copyOf(addedRequiredLessons);
        }

        /** Warn the course holder (and ask again) before publishing: learners are in progress and lessons change. */
        public boolean needsConfirmation() {
            return inProgress > 0 && (!removedLessons.isEmpty() || !addedRequiredLessons.isEmpty());
        }
    }

    private RevisionRule() {
    }

    public static Impact assess(List<CompletionRule.LessonRef> before, List<CompletionRule.LessonRef> after,
                                List<LearnerState> learners) {
        Set<String> afterKeys = keys(after);
        List<String> removed = before.stream().map(CompletionRule.LessonRef::key).filter(k -> !afterKeys.contains(k)).toList();
        Set<String> requiredBefore = requiredKeys(before);
        List<String> addedRequired = new ArrayList<>();
        for (String key : requiredKeys(after)) {
            if (!requiredBefore.contains(key)) {
                addedRequired.add(key);
            }
        }
        int inProgress = 0;
        int mustTakeMore = 0;
        int completedByChange = 0;
        int completed = 0;
        for (LearnerState learner : learners) {
            if (learner.completed()) {
                completed++;
                continue;
            }
            inProgress++;
            if (completesOnPublish(after, learner)) {
                completedByChange++;
            } else if (addedRequired.stream().anyMatch(k -> !learner.done().contains(k))) {
                mustTakeMore++;
            }
        }
        return new Impact(removed, addedRequired, inProgress, mustTakeMore, completedByChange, completed);
    }

    /** A learner in progress whose done lessons cover the new version is completed when it is published. */
    public static boolean completesOnPublish(List<CompletionRule.LessonRef> after, LearnerState learner) {
        return !learner.completed() && CompletionRule.isComplete(after, learner.done());
    }

    /** Progress shown to a learner: a completed course stays at 100 % whatever was added later. */
    public static int percent(List<CompletionRule.LessonRef> lessons, LearnerState learner) {
        return learner.completed() ? 100 : CompletionRule.percent(lessons, learner.done());
    }

    private static Set<String> keys(List<CompletionRule.LessonRef> lessons) {
        return Set.copyOf(lessons.stream().map(CompletionRule.LessonRef::key).toList());
    }

    /** The lessons that count for completion (all of them when none is marked required, as the completion rule says). */
    private static Set<String> requiredKeys(List<CompletionRule.LessonRef> lessons) {
        List<CompletionRule.LessonRef> required = lessons.stream().filter(CompletionRule.LessonRef::required).toList();
        return keys(required.isEmpty() ? lessons : required);
    }
}
