package no.laeringsarena.assessment;

/** A refused request on tests (unknown test or attempt, no attempts left); the message is a message key. */
public class AssessmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssessmentException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
