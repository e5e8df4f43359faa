package no.laeringsarena.identity.oidc;

/** One configured provider: its issuer, this platform's client registration with it, and the name people see. */
public record OidcSettings(OidcProvider provider, String issuer, String clientId, String clientSecret,
                           String displayName, String scope) {

    @Override
    public String toString() {
        // never the secret, not even in a log line
        return "OidcSettings[" + provider + ", " + issuer + ", " + clientId + "]";
    }
}
