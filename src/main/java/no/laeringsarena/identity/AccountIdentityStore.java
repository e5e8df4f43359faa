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
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;

/**
 * Checks e-mail and password against the accounts in the database, behind the login throttle.
 * The caller's principal name is the e-mail address; its groups are the account's role names. Every outcome goes to
 * the audit log: a success, a failure (with the attempted e-mail address, never the password) and a lock.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    IdentityService identity;

    @Inject
    LoginThrottling throttling;

    @Inject
    HttpServletRequest request;

    @Inject
    AuditLog audit;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = login.getCaller();
        String client = request.getRemoteAddr();
        if (throttling.lockedFor(email, client).isPresent()) {
            audit.record(AuditEvent.anonymous(AuditEventType.LOGIN_THROTTLED, email, "refused while locked"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> account = identity.authenticate(email, login.getPassword().getValue());
        if (account.isEmpty()) {
            throttling.recordFailure(email, client);
            audit.record(AuditEvent.anonymous(AuditEventType.LOGIN_FAILED, email, ""));
            throttling.lockedFor(email, client).ifPresent(lock -> audit.record(AuditEvent.anonymous(
                    AuditEventType.LOGIN_THROTTLED, email, "locked for " + Math.max(1, (lock.toSeconds() + 59) / 60) + " min")));
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttling.recordSuccess(email);
        UserAccount user = account.get();
        audit.record(AuditEvent.by(user.getId(), user.getEmail(), AuditEventType.LOGIN_SUCCEEDED,
                AuditEvent.account(user.getId()), ""));
        return new CredentialValidationResult(user.getEmail(),
                user.getRoles().stream().map(Role::groupName).collect(Collectors.toSet()));
    }
}
