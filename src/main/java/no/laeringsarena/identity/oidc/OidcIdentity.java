package no.laeringsarena.identity.oidc;

import java.util.Optional;

/**
 * What the platform keeps of a person a provider vouched for: a pseudonymous subject, and where the provider gave
 * them an e-mail address, a name and an organisation number. Made only by {@link OidcClaims}, which leaves out
 * every national identity number.
 */
public record OidcIdentity(OidcProvider provider, String subject, Optional<String> email, Optional<String> name,
                           Optional<String> organisasjonsnummer) {
}
