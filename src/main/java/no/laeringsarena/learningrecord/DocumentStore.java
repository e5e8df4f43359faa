package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.learningrecord.xapi.Documents;

/**
 * The documents of the State, Activity Profile and Agent Profile resources, with their ETags. Writes check the
 * client's preconditions against the current document under a row lock, so two clients cannot both win.
 */
@ApplicationScoped
@Transactional
public class DocumentStore {

    @PersistenceContext
    EntityManager em;

    /** A stored document. {@code updated} is an ISO timestamp string. */
    public record Document(byte[] content, String contentType, String etag, OffsetDateTime updated) {
    }

    public Optional<Document> find(DocumentKey key) {
        return find(key, false);
    }

    private Optional<Document> find(DocumentKey key, boolean lock) {
        Query query = where("SELECT content, content_type, etag, to_char(updated AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM xapi_document", key, true,
                lock ? " FOR UPDATE" : "");
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Document((byte[]) row[0], (String) row[1], (String) row[2],
                OffsetDateTime.parse((String) row[3])));
    }

    /**
     * PUT (replace) or POST (merge JSON) after checking If-Match / If-None-Match.
     *
     * @param merge POST semantics: merge into an existing JSON document
     * @param requireHeader PUT to a profile resource: refuse to overwrite without a precondition header (409)
     */
    public void write(DocumentKey key, byte[] content, String contentType, String ifMatch, String ifNoneMatch,
                      boolean merge, boolean requireHeader) {
        Optional<Document> current = find(key, true);
        Documents.checkPreconditions(ifMatch, ifNoneMatch, current.map(Document::etag).orElse(null), requireHeader);
        byte[] stored = content;
        String type = contentType;
        if (merge) {
            if (!Documents.isJson(contentType) || Documents.jsonObject(content).isEmpty()) {
                if (current.isPresent() || Documents.isJson(contentType)) {
                    throw no.laeringsarena.learningrecord.xapi.XapiException.badRequest(
                            "POST to a document needs a JSON object with Content-Type application/json");
                }
            }
            if (current.isPresent()) {
                stored = Documents.merge(current.get().content(), current.get().contentType(), content, contentType);
                type = "application/json";
            }
        }
        String etag = Documents.etag(stored);
        if (current.isPresent()) {
            Query update = where("UPDATE xapi_document SET content = ?6, content_type = ?7, etag = ?8, updated = now()",
                    key, true, "");
            update.setParameter(6, stored).setParameter(7, type).setParameter(8, etag).executeUpdate();
        } else {
            em.createNativeQuery("""
                    INSERT INTO xapi_document (kind, activity_id, agent_key, registration, document_id, content,
                        content_type, etag, updated)
                    VALUES (?1, ?2, ?3, CAST(?4 AS uuid), ?5, ?6, ?7, ?8, now())""")
                    .setParameter(1, key.kind().name()).setParameter(2, key.activityId())
                    .setParameter(3, key.agentKey())
                    .setParameter(4, key.registration() == null ? null : key.registration().toString())
                    .setParameter(5, key.documentId()).setParameter(6, stored).setParameter(7, type)
                    .setParameter(8, etag).executeUpdate();
        }
    }

    /** Deletes one document (checking If-Match), or all of the context when the key has no document id. */
    public void delete(DocumentKey key, String ifMatch) {
        if (key.documentId() != null) {
            Optional<Document> current = find(key, true);
            if (current.isEmpty()) {
                return;
            }
            Documents.checkPreconditions(ifMatch, null, current.get().etag(), false);
        }
        where("DELETE FROM xapi_document", key, key.documentId() != null, "").executeUpdate();
    }

    /** The ids of the documents of a context, optionally only those updated after {@code since}. */
    @SuppressWarnings("unchecked")
    public List<String> ids(DocumentKey key, OffsetDateTime since) {
        String extra = since == null ? "" : " AND updated > CAST(?9 AS timestamptz)";
        Query query = where("SELECT document_id FROM xapi_document", key, false, extra + " ORDER BY document_id");
        if (since != null) {
            query.setParameter(9, since.toString());
        }
        return (List<String>) query.getResultList();
    }

    private Query where(String head, DocumentKey key, boolean withDocumentId, String tail) {
        String sql = head + " WHERE kind = ?1 AND activity_id = ?2 AND agent_key = ?3"
                + (key.kind() == DocumentKey.DocumentKind.STATE
                    ? " AND registration IS NOT DISTINCT FROM CAST(?4 AS uuid)" : "")
                + (withDocumentId ? " AND document_id = ?5" : "") + tail;
        Query query = em.createNativeQuery(sql).setParameter(1, key.kind().name()).setParameter(2, key.activityId())
                .setParameter(3, key.agentKey());
        if (key.kind() == DocumentKey.DocumentKind.STATE) {
            query.setParameter(4, key.registration() == null ? null : key.registration().toString());
        }
        if (withDocumentId) {
            query.setParameter(5, key.documentId());
        }
        return query;
    }
}
