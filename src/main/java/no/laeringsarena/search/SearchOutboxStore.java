package no.laeringsarena.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The drainer's reads and writes of the outbox, each in a short transaction of its own. */
@ApplicationScoped
public class SearchOutboxStore {

    /** An entry refused this many times is left alone (and stays visible in the table with its last error). */
    static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public List<OutboxDrain.Entry> pending(int limit) {
        return em.createNamedQuery("SearchOutboxEntry.pending", SearchOutboxEntry.class)
                .setParameter("maxAttempts", MAX_ATTEMPTS)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> new OutboxDrain.Entry(e.getId(), e.getDocumentId(), e.getOperation(), e.getPayload()))
                .toList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void done(long id) {
        SearchOutboxEntry entry = em.find(SearchOutboxEntry.class, id);
        if (entry != null) {
            entry.done(OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long id, String error) {
        SearchOutboxEntry entry = em.find(SearchOutboxEntry.class, id);
        if (entry != null) {
            entry.failed(error);
        }
    }

    /** The newest entry's id (0 when none): a reindex replays what was written after it. */
    @Transactional(TxType.REQUIRES_NEW)
    public long lastId() {
        Long max = em.createQuery("SELECT MAX(e.id) FROM SearchOutboxEntry e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Every entry written after {@code id}, done or not, oldest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<OutboxDrain.Entry> writtenAfter(long id) {
        return em.createQuery("SELECT e FROM SearchOutboxEntry e WHERE e.id > :id ORDER BY e.id", SearchOutboxEntry.class)
                .setParameter("id", id)
                .getResultStream()
                .map(e -> new OutboxDrain.Entry(e.getId(), e.getDocumentId(), e.getOperation(), e.getPayload()))
                .toList();
    }

    /** Deletes entries sent before {@code cutoff}; pending and failed ones stay. Answers how many went. */
    @Transactional(TxType.REQUIRES_NEW)
    public int deleteDoneBefore(OffsetDateTime cutoff) {
        return em.createQuery("DELETE FROM SearchOutboxEntry e WHERE e.doneAt IS NOT NULL AND e.doneAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /** How many entries were sent and are kept still. */
    @Transactional(TxType.REQUIRES_NEW)
    public long doneCount() {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e WHERE e.doneAt IS NOT NULL", Long.class)
                .getSingleResult();
    }

    /** How many entries wait to be sent. */
    @Transactional(TxType.REQUIRES_NEW)
    public long pendingCount() {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e WHERE e.doneAt IS NULL", Long.class)
                .getSingleResult();
    }
}
