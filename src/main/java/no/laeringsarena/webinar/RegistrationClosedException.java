package no.laeringsarena.webinar;

/** Sign-up refused: the deadline has passed, the event is cancelled, held or full without a waiting list. */
public class RegistrationClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistrationClosedException(String message) {
        super(message);
    }
}
