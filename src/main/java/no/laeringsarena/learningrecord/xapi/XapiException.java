package no.laeringsarena.learningrecord.xapi;

/** A request the LRS refuses: the HTTP status, a short error code and a message that says what to fix. */
public class XapiException extends RuntimeException {

    private final int status;
    private final String error;

    public XapiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static XapiException badRequest(String message) {
        return new XapiException(400, "bad_request", message);
    }

    public static XapiException conflict(String message) {
        return new XapiException(409, "conflict", message);
    }

    public static XapiException notFound(String message) {
        return new XapiException(404, "not_found", message);
    }

    public static XapiException preconditionFailed(String message) {
        return new XapiException(412, "precondition_failed", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
