package no.laeringsarena.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A change to the search index waiting to be sent: written in the same transaction as the change to the thing
 * it indexes (see {@link SearchOutbox}), done only when Elasticsearch has accepted it.
 */
@Entity
@Table(name = "search_outbox")
@NamedQuery(name = "SearchOutboxEntry.pending", query = "SELECT e FROM SearchOutboxEntry e "
        + "WHERE e.doneAt IS NULL AND e.attempts < :maxAttempts ORDER BY e.id")
public class SearchOutboxEntry {

    /** What to do with the document. */
    public enum Operation { UPSERT, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, length = 200)
    private String documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Operation operation;

    /** The document as JSON ({@link SearchDocumentJson}); null for a delete. */
    @Column
    private String payload;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    protected SearchOutboxEntry() {
    }

    SearchOutboxEntry(String documentId, Operation operation, String payload, OffsetDateTime now) {
        this.documentId = documentId;
        this.operation = operation;
        this.payload = payload;
        this.createdAt = now;
    }

    void done(OffsetDateTime now) {
        this.doneAt = now;
    }

    void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getDocumentId() {
        return documentId;
    }

    public Operation getOperation() {
        return operation;
    }

    public String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }
}
