package no.laeringsarena.learningrecord;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The durable queue of statements to forward, as the {@link OutboxProcessor} sees it. */
public interface Outbox {

    /** A statement waiting to be sent, with how many tries failed before. */
    record Entry(UUID statementId, JsonObject statement, int attempts) {
    }

    List<Entry> due(OffsetDateTime now, int max);

    void markSent(List<UUID> ids, OffsetDateTime at);

    void markFailed(List<UUID> ids, String problem, OffsetDateTime nextAttempt);
}
