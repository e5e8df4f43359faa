package no.laeringsarena.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import no.laeringsarena.identity.CallerRoles;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/** The person behind this request, for pages: logged in or not, name, organisation and roles. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    CallerRoles callerRoles;

    private Optional<UserAccount> account;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean hasRole(String roleName) {
        return callerRoles.current().stream().anyMatch(r -> r.groupName().equals(roleName));
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : identity.findByEmail(principal.getName());
        }
        return account;
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse("");
    }

    public String getEmail() {
        return account().map(UserAccount::getEmail).orElse("");
    }

    public String getOrganisationName() {
        return account().map(UserAccount::getOrganisation).map(o -> o.getName()).orElse(null);
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(callerRoles.current()::contains).toList();
    }
}
