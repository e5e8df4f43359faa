package no.laeringsarena.platform.upload;

/** An upload that is not accepted, with the reason a user is told (message key {@code upload.rejected.<reason>}). */
public class UploadRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why: each has a message in the bundles. */
    public enum Reason {
        EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, UNREADABLE, SUSPICIOUS, TIMED_OUT, BUSY;

        public String messageKey() {
            return "upload.rejected." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UploadRejected(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public UploadRejected(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
