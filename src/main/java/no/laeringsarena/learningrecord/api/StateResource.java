package no.laeringsarena.learningrecord.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import no.laeringsarena.learningrecord.DocumentKey;
import no.laeringsarena.learningrecord.DocumentKey.DocumentKind;
import no.laeringsarena.learningrecord.LrsScope.Need;

/** The State resource: documents per activity, agent and (optionally) registration, by stateId. */
@Path("activities/state")
public class StateResource extends DocumentResource {

    @Override
    Set<String> documentParameters() {
        return Set.of("activityId", "agent", "registration", "stateId");
    }

    @Override
    DocumentKey key(MultivaluedMap<String, String> p) {
        return new DocumentKey(DocumentKind.STATE, DocumentRequests.activityId(p), DocumentRequests.agentKey(p),
                DocumentRequests.registration(p), p.getFirst("stateId"));
    }

    @Override
    Need readNeed() {
        return Need.READ_STATE;
    }

    @Override
    Need writeNeed() {
        return Need.WRITE_STATE;
    }

    /**
     * xAPI 2.0 puts the State resource under concurrency control (a PUT over an existing state needs If-Match or
     * If-None-Match, else 409); 1.0.x clients may overwrite states without it, as their version allowed.
     */
    @Override
    boolean putNeedsPrecondition() {
        String version = request.getHeader("X-Experience-API-Version");
        return version != null && version.trim().startsWith("2.");
    }

    @Override
    String requiredIdForDelete() {
        return null;
    }
}
