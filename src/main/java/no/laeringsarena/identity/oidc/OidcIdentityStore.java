package no.laeringsarena.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * Logs in a person a provider vouched for: redeems the one-time ticket and answers with the same caller name (the
 * account's e-mail) and groups as the password login, so roles and sessions work the same whichever way one came.
 */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {

    @Inject
    OidcLoginTickets tickets;

    @Inject
    IdentityService identity;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof OidcCredential oidc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tickets.redeem(oidc.ticket())
                .flatMap(identity::findByEmail)
                .filter(UserAccount::isActive)
                .map(user -> new CredentialValidationResult(user.getEmail(),
                        user.getRoles().stream().map(Role::groupName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
