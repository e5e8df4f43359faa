package no.laeringsarena.learningrecord;

import java.util.UUID;

/**
 * Where a document lives: State (activity + agent [+ registration]), Activity Profile (activity) or Agent Profile
 * (agent). Absent parts are "" (registration null); documentId null addresses all documents of the context.
 */
public record DocumentKey(DocumentKind kind, String activityId, String agentKey, UUID registration, String documentId) {

    public enum DocumentKind { STATE, ACTIVITY_PROFILE, AGENT_PROFILE }

    public DocumentKey {
        activityId = activityId == null ? "" : activityId;
        agentKey = agentKey == null ? "" : agentKey;
    }

    public DocumentKey withDocumentId(String id) {
        return new DocumentKey(kind, activityId, agentKey, registration, id);
    }
}
