package no.laeringsarena.webinar;

/** A follow-up action that cannot be done; {@code messageKey} says why in the user's language. */
public class FollowUpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public FollowUpException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
