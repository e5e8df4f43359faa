package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the accounts in the database, behind the login throttle.
 * The caller's principal name is the e-mail address; its groups are the account's role names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    IdentityService identity;

    @Inject
    LoginThrottling throttling;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = login.getCaller();
        String client = request.getRemoteAddr();
        if (throttling.lockedFor(email, client).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> account = identity.authenticate(email, login.getPassword().getValue());
        if (account.isEmpty()) {
            throttling.recordFailure(email, client);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttling.recordSuccess(email);
        UserAccount user = account.get();
        return new CredentialValidationResult(user.getEmail(),
                user.getRoles().stream().map(Role::groupName).collect(Collectors.toSet()));
    }
}
