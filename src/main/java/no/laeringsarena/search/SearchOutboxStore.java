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

    /** How many entries wait to be sent. */
    @Transactional(TxType.REQUIRES_NEW)
    public long pendingCount() {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e WHERE e.doneAt IS NULL", Long.class)
                .getSingleResult();
    }
}
