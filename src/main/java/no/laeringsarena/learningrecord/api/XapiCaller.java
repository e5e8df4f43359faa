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

    /** A session credential writes only its own learner's statements in its own registration (403 otherwise). */
    static void checkStatements(LrsClient client, java.util.List<jakarta.json.JsonObject> statements) {
        if (client.sessionGrant().isEmpty()) {
            return;
        }
        no.laeringsarena.learningrecord.LrsSessionGrant grant = client.sessionGrant().get();
        for (jakarta.json.JsonObject statement : statements) {
            String actor = statement.get("actor") instanceof jakarta.json.JsonObject a
                    ? no.laeringsarena.learningrecord.xapi.Agents.key(a).orElse("") : "";
            jakarta.json.JsonObject context = statement.get("context") instanceof jakarta.json.JsonObject c ? c : null;
            String registration = context == null ? "" : context.getString("registration", "");
            if (!actor.equals(grant.actorKey()) || !registration.equalsIgnoreCase(grant.registration().toString())) {
                throw new XapiException(403, "forbidden",
                        "this session may only send statements of its own learner and registration");
            }
        }
    }

    /**
     * A session credential reads and writes state only of its own learner and registration, reads only its own
     * learner's agent profile, and writes no profiles (403 otherwise).
     */
    static void checkDocument(LrsClient client, no.laeringsarena.learningrecord.DocumentKey key, boolean write) {
        if (client.sessionGrant().isEmpty()) {
            return;
        }
        no.laeringsarena.learningrecord.LrsSessionGrant grant = client.sessionGrant().get();
        boolean allowed = switch (key.kind()) {
            case STATE -> key.agentKey().equals(grant.actorKey()) && grant.registration().equals(key.registration());
            case AGENT_PROFILE -> !write && key.agentKey().equals(grant.actorKey());
            case ACTIVITY_PROFILE -> !write;
        };
        if (!allowed) {
            throw new XapiException(403, "forbidden", "this session may not use this document");
        }
    }
}
