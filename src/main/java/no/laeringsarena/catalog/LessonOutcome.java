package no.laeringsarena.catalog;

/**
 * What marking a lesson as done led to.
 *
 * @param nextLessonKey  the lesson after it in the course, or null at the end
 * @param courseCompleted the course became complete with this lesson (or already was)
 * @param certificate    the learner's certificate for the course, once complete
 */
public record LessonOutcome(String nextLessonKey, boolean courseCompleted, Certificate certificate) {
}
