package no.laeringsarena.forum;

/** A forum action that was refused; {@link #messageKey()} says why, in the message bundle. */
public class ForumException extends RuntimeException {

    private final String messageKey;

    public ForumException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
