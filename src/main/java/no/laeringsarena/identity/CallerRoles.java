package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the caller of this request, read from the caller's account in the database (the source of truth)
 * rather than from the container's role mapping: under concurrent requests Payara's {@code isUserInRole} answered
 * false now and then for callers who had the role. The principal itself comes from the authenticated request.
 */
@ApplicationScoped
public class CallerRoles {

    @Inject
    HttpServletRequest request;

    @Inject
    IdentityService identity;

    public Set<Role> current() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return EnumSet.noneOf(Role.class);
        }
        // a deactivated account keeps no rights, even in a session that began before
        return identity.findByEmail(principal.getName()).filter(UserAccount::isActive).map(UserAccount::getRoles)
                .map(roles -> roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))
                .orElseGet(() -> EnumSet.noneOf(Role.class));
    }

    public boolean has(Role role) {
        return current().contains(role);
    }
}
