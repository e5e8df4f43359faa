package no.laeringsarena.identity.oidc;

/**
 * An OpenID Connect login that could not be completed. The code names what the person is told on the login page
 * (message key {@code oidc.error.<code>}); details go to the log only.
 */
public class OidcLoginException extends RuntimeException {

    /** The codes there are messages for. */
    public static final java.util.Set<String> CODES = java.util.Set.of("unavailable", "state", "denied", "expired",
            "failed", "claims", "emailTaken", "inactive", "alreadyLinked", "notConfigured");

    private final String code;

    public OidcLoginException(String code) {
        this(code, null);
    }

    public OidcLoginException(String code, Throwable cause) {
        super("OIDC login failed: " + code, cause);
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("unknown OIDC error code " + code);
        }
        this.code = code;
    }

    public String code() {
        return code;
    }
}
