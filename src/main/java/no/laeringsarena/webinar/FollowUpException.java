package no.laeringsarena.webinar;

/** A follow-up action that cannot be done; {@code messageKey} says why in the user's language. */
public class FollowUpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public FollowUpException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message shows (e.g. the largest size allowed). */
    public Object[] args() {
        return args.clone();
    }
}
