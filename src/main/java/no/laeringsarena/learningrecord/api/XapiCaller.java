package no.laeringsarena.learningrecord.api;

import jakarta.servlet.http.HttpServletRequest;
import no.laeringsarena.learningrecord.LrsClient;
import no.laeringsarena.learningrecord.LrsScope;
import no.laeringsarena.learningrecord.xapi.XapiException;

/**
 * The authenticated LRS client of a request (set by {@link XapiRequestFilter}) and the scope check each resource
 * method makes. Without an authenticated client every check fails, even if the filter were not registered.
 */
final class XapiCaller {

    static final String ATTRIBUTE = "no.laeringsarena.xapi.client";

    private XapiCaller() {
    }

    static LrsClient require(HttpServletRequest request, LrsScope.Need need) {
        Object client = request.getAttribute(ATTRIBUTE);
        if (!(client instanceof LrsClient lrsClient)) {
            throw new XapiException(401, "unauthorized", "authenticate with the key and secret of an LRS client");
        }
        if (!LrsScope.allows(lrsClient.scopes(), need)) {
            throw new XapiException(403, "forbidden", "this LRS client's scopes do not allow this request");
        }
        return lrsClient;
    }
}
