package no.laeringsarena.search;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How capabilities change the search index: they call {@link #upsert} or {@link #delete} with the entity manager
 * of the transaction that changes the indexed thing, so the index change is saved exactly when that change is.
 * {@link SearchOutboxDrainer} sends it to Elasticsearch right after the commit, and retries every few seconds
 * while Elasticsearch is down. Saving never waits for, or fails because of, Elasticsearch.
 */
public final class SearchOutbox {

    private SearchOutbox() {
    }

    /** Adds or replaces the document in the index once this transaction commits. */
    public static void upsert(EntityManager em, SearchDocument document) {
        write(em, new SearchOutboxEntry(document.id(), SearchOutboxEntry.Operation.UPSERT,
                SearchDocumentJson.write(document), now()));
    }

    /** Removes the document from the index (if it is there) once this transaction commits. */
    public static void delete(EntityManager em, String documentId) {
        write(em, new SearchOutboxEntry(documentId, SearchOutboxEntry.Operation.DELETE, null, now()));
    }

    private static void write(EntityManager em, SearchOutboxEntry entry) {
        em.persist(entry);
        try {
            // a transactional observer in SearchOutboxDrainer drains right after the commit
            CDI.current().getBeanManager().getEvent().select(OutboxWritten.class).fire(new OutboxWritten());
        } catch (IllegalStateException noCdi) {
            // outside the container (tools, unit tests): the periodic drain picks the entry up
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Fired in the writing transaction; observed after a successful commit. */
    public record OutboxWritten() {
    }
}
