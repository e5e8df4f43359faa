package no.laeringsarena.identity;

/** The caller lacks the role an action needs. Pages answer 403; APIs answer 403 with a JSON body. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
