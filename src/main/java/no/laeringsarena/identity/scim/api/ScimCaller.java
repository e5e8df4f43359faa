package no.laeringsarena.identity.scim.api;

import jakarta.servlet.http.HttpServletRequest;
import no.laeringsarena.identity.scim.ScimException;

/**
 * The organisation a SCIM request acts for (set by {@link ScimRequestFilter}). Without one every resource refuses
 * with 401, even if the filter were not registered.
 */
final class ScimCaller {

    static final String ATTRIBUTE = "no.laeringsarena.scim.organisation";

    private ScimCaller() {
    }

    static long organisation(HttpServletRequest request) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof Long organisation)) {
            throw new ScimException(401, null, "authenticate with the organisation's SCIM bearer token");
        }
        return organisation;
    }
}
