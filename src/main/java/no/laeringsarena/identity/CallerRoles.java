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

    /** Where a request keeps its caller's roles once read: a page asks many times (menus, buttons, every action). */
    private static final String REMEMBERED = CallerRoles.class.getName() + ".roles";

    private record Remembered(String caller, Set<Role> roles) {
    }

    public Set<Role> current() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return EnumSet.noneOf(Role.class);
        }
        // read once per request (and again if the caller changed within it: a login or logout)
        if (request.getAttribute(REMEMBERED) instanceof Remembered remembered && remembered.caller().equals(principal.getName())) {
            return EnumSet.copyOf(remembered.roles());
        }
        // a deactivated account keeps no rights, even in a session that began before
        Set<Role> roles = identity.findByEmail(principal.getName()).filter(UserAccount::isActive).map(UserAccount::getRoles)
                .map(r -> r.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(r))
                .orElseGet(() -> EnumSet.noneOf(Role.class));
        request.setAttribute(REMEMBERED, new Remembered(principal.getName(), roles.isEmpty()
                ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
        return roles;
    }

    public boolean has(Role role) {
        return current().contains(role);
    }
}
