package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.StatementQuery;

/**
 * The outbox table (xapi_outbox): a statement is queued in the transaction that stores it, when forwarding is
 * configured; the {@link ForwardingScheduler} sends what is due. Rows are locked with SKIP LOCKED, so two
 * instances never send the same row at once.
 */
@ApplicationScoped
@Transactional
public class ForwardingOutbox implements Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    ForwardingSettings settings;

    public void enqueue(UUID statementId) {
        if (settings.target().isPresent()) {
            em.createNativeQuery("INSERT INTO xapi_outbox (statement_id) VALUES (CAST(?1 AS uuid)) ON CONFLICT DO NOTHING")
                    .setParameter(1, statementId.toString()).executeUpdate();
        }
    }

    /** Queues a batch's statements in one statement. */
    public void enqueueAll(List<UUID> statementIds) {
        if (settings.target().isPresent() && !statementIds.isEmpty()) {
            em.createNativeQuery("INSERT INTO xapi_outbox (statement_id) SELECT unnest(CAST(?1 AS uuid[])) ON CONFLICT DO NOTHING")
                    .setParameter(1, StatementStore.uuidArray(statementIds)).executeUpdate();
        }
    }

    @Override
    public List<Entry> due(OffsetDateTime now, int max) {
        List<?> rows = em.createNativeQuery("""
                SELECT o.statement_id::text, s.statement::text, o.attempts FROM xapi_outbox o
                JOIN xapi_statement s ON s.id = o.statement_id
                WHERE o.sent_at IS NULL AND o.next_attempt_at <= CAST(?1 AS timestamptz)
                ORDER BY s.seq LIMIT ?2 FOR UPDATE OF o SKIP LOCKED""")
                .setParameter(1, now.toString()).setParameter(2, max).getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            entries.add(new Entry(UUID.fromString((String) row[0]), StatementQuery.parseObject((String) row[1], "statement"),
                    ((Number) row[2]).intValue()));
        }
        return entries;
    }

    @Override
    public void markSent(List<UUID> ids, OffsetDateTime at) {
        for (UUID id : ids) {
            em.createNativeQuery("UPDATE xapi_outbox SET sent_at = CAST(?1 AS timestamptz), attempts = attempts + 1, "
                            + "last_error = NULL WHERE statement_id = CAST(?2 AS uuid)")
                    .setParameter(1, at.toString()).setParameter(2, id.toString()).executeUpdate();
        }
    }

    @Override
    public void markFailed(List<UUID> ids, String problem, OffsetDateTime nextAttempt) {
        String error = problem == null ? null : problem.substring(0, Math.min(problem.length(), 500));
        for (UUID id : ids) {
            em.createNativeQuery("UPDATE xapi_outbox SET attempts = attempts + 1, next_attempt_at = CAST(?1 AS timestamptz), "
                            + "last_error = ?2 WHERE statement_id = CAST(?3 AS uuid)")
                    .setParameter(1, nextAttempt.toString()).setParameter(2, error).setParameter(3, id.toString())
                    .executeUpdate();
        }
    }
}
