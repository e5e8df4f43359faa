package no.laeringsarena.platform.mail;

/**
 * The mail server did not take a mail. {@code serverUnavailable}: it could not be reached at all (then the rest of
 * the round is left for later instead of failing each mail on its own).
 */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean serverUnavailable;

    public MailDeliveryException(String message, boolean serverUnavailable, Throwable cause) {
        super(message, cause);
        this.serverUnavailable = serverUnavailable;
    }

    public boolean serverUnavailable() {
        return serverUnavailable;
    }
}
