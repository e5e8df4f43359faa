package no.laeringsarena.privacy;

import java.util.Map;

/**
 * Whose data an export or a deletion is about: the account id, the e-mail address, and the xAPI agent key of the
 * person's pseudonym (null if the person never had one).
 */
public record ExportSubject(long userId, String email, String agentKey) {

    /** The values the named parameters of {@link ExportSection} queries stand for. */
    Map<String, Object> parameters() {
        return Map.of("user", userId, "email", email, "agent", agentKey == null ? "" : agentKey,
                "auditTarget", no.laeringsarena.audit.AuditEvent.account(userId));
    }
}
