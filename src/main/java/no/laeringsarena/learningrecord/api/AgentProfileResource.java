package no.laeringsarena.learningrecord.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import no.laeringsarena.learningrecord.DocumentKey;
import no.laeringsarena.learningrecord.DocumentKey.DocumentKind;
import no.laeringsarena.learningrecord.LrsScope.Need;

/** The Agent Profile resource: documents per agent, by profileId; a PUT over an existing one needs If-Match. */
@Path("agents/profile")
public class AgentProfileResource extends DocumentResource {

    @Override
    Set<String> documentParameters() {
        return Set.of("agent", "profileId");
    }

    @Override
    DocumentKey key(MultivaluedMap<String, String> p) {
        return new DocumentKey(DocumentKind.AGENT_PROFILE, null, DocumentRequests.agentKey(p), null, p.getFirst("profileId"));
    }

    @Override
    Need readNeed() {
        return Need.READ_PROFILE;
    }

    @Override
    Need writeNeed() {
        return Need.WRITE_PROFILE;
    }

    @Override
    boolean putNeedsPrecondition() {
        return true;
    }

    @Override
    String requiredIdForDelete() {
        return "profileId";
    }
}
