package no.laeringsarena.assessment;

/**
 * What became of saving an answer or submitting: done, or refused because the attempt was already submitted,
 * its time ran out (it is then submitted by the server), the answer is final (immediate feedback), or the answer
 * was not one the question allows. Each has a message key for the page.
 */
public enum AttemptOutcome {
    SAVED, SUBMITTED, ALREADY_SUBMITTED, TOO_LATE, LOCKED, INVALID;

    public String messageKey() {
        return "assessment.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
