package no.laeringsarena.privacy;

/** A refused export or deletion, with the message-bundle key that says why. Nothing has been changed. */
public class PrivacyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public PrivacyException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
