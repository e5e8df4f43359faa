package no.laeringsarena.identity.oidc;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login sent to a provider and not yet back, kept in the browser's session under its state: the nonce and PKCE
 * verifier to check the answer with, where to go afterwards, and whose account to link (when linking from Min side).
 */
public record PendingOidcLogin(OidcProvider provider, String state, String nonce, String codeVerifier,
                               String redirectUri, String returnPath, String linkToAccount, Instant startedAt)
        implements Serializable {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public boolean expired(Instant now) {
        return startedAt.plus(LIFETIME).isBefore(now);
    }

    public boolean linking() {
        return linkToAccount != null;
    }
}
