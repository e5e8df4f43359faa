package no.laeringsarena.identity.oidc;

import jakarta.security.enterprise.credential.Credential;

/** A one-time login ticket from {@link OidcLoginTickets}, checked by {@link OidcIdentityStore}. */
public record OidcCredential(String ticket) implements Credential {
}
