package no.laeringsarena.assessment;

/** How an answer came out: fully right, partly right, wrong, not answered, or waiting for a person (essays). */
public enum GradeStatus {
    CORRECT, PARTIAL, WRONG, UNANSWERED, PENDING
}
