package no.laeringsarena.identity.scim;

/** A refused SCIM request: its HTTP status, the RFC 7644 §3.12 scimType (or null) and a detail for the client. */
public class ScimException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String scimType;

    public ScimException(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException badRequest(String scimType, String detail) {
        return new ScimException(400, scimType, detail);
    }

    public static ScimException notFound(String what) {
        return new ScimException(404, null, what + " not found");
    }

    public int status() {
        return status;
    }

    public String scimType() {
        return scimType;
    }
}
