package no.laeringsarena.toolbox;

/** An attachment the item cannot take (a duplicate, too many); the message key says why, in the user's language. */
public class AttachmentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AttachmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
