package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.AttachmentData;
import no.laeringsarena.learningrecord.xapi.StatementAttachments;
import no.laeringsarena.learningrecord.xapi.StatementComparison;
import no.laeringsarena.learningrecord.xapi.StatementCompletion;
import no.laeringsarena.learningrecord.xapi.StatementIndex;
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import no.laeringsarena.learningrecord.xapi.StatementValidator;
import no.laeringsarena.learningrecord.xapi.XapiException;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/**
 * The statements of the LRS: stores batches atomically (all or nothing, in the caller's transaction when there is
 * one), applies voiding, and answers queries. Statements live as JSONB with indexed columns derived from them
 * (native SQL through the persistence unit, so it shares the caller's connection and transaction).
 */
@ApplicationScoped
@Transactional
public class StatementStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    ForwardingOutbox outbox;

    @Inject
    jakarta.enterprise.event.Event<StatementsStored> storedEvents;

    /** A page of query results: the statements (as stored) and the seq to continue after, if there are more. */
    public record Page(List<JsonObject> statements, Long continueAfter) {
    }

    /**
     * Validates and stores the statements; returns their ids in order. A statement whose id is already stored with
     * the same content is skipped; with different content the whole batch fails with 409. Any invalid statement
     * fails the whole batch with 400. Nothing is stored unless everything is.
     */
    public List<UUID> store(List<JsonObject> statements, JsonObject authority, String clientKey) {
        return store(statements, Map.of(), authority, clientKey);
    }

    /**
     * As {@link #store(List, JsonObject, String)}, with the attachment data received as multipart/mixed parts (by
     * sha2, already checked against the statements by {@link StatementAttachments}); kept in the same transaction.
     */
    public List<UUID> store(List<JsonObject> statements, Map<String, AttachmentData> attachments, JsonObject authority,
                            String clientKey) {
        StatementValidator.validateAll(statements);
        List<UUID> ids = new ArrayList<>();
        for (JsonObject statement : statements) {
            ids.add(storeOne(statement, authority, clientKey));
        }
        for (AttachmentData data : attachments.values()) {
            em.createNativeQuery("""
                    INSERT INTO xapi_attachment (sha2, content_type, content) VALUES (?1, ?2, ?3)
                    ON CONFLICT (sha2) DO NOTHING""")
                    .setParameter(1, data.sha2()).setParameter(2, data.contentType()).setParameter(3, data.content())
                    .executeUpdate();
        }
        storedEvents.fire(new StatementsStored(List.copyOf(statements)));
        return ids;
    }

    /** The attachment data the LRS keeps for these sha2 values (those it has; fileUrl-only ones it has not). */
    public List<AttachmentData> attachmentData(Collection<String> sha2s) {
        List<AttachmentData> out = new ArrayList<>();
        for (String sha2 : new java.util.LinkedHashSet<>(sha2s)) {
            List<?> rows = em.createNativeQuery("SELECT content_type, content FROM xapi_attachment WHERE sha2 = ?1")
                    .setParameter(1, sha2.toLowerCase(java.util.Locale.ROOT)).getResultList();
            if (!rows.isEmpty()) {
                Object[] row = (Object[]) rows.get(0);
                out.add(new AttachmentData(sha2.toLowerCase(java.util.Locale.ROOT), (String) row[0], (byte[]) row[1]));
            }
        }
        return out;
    }

    private UUID storeOne(JsonObject asReceived, JsonObject authority, String clientKey) {
        JsonObject received = StatementCompletion.contextActivitiesAsArrays(asReceived);
        UUID id = received.containsKey("id") ? UUID.fromString(received.getString("id")) : UUID.randomUUID();
        Optional<JsonObject> existing = find(id).map(StoredStatement::statement);
        if (existing.isPresent()) {
            if (StatementComparison.same(received, existing.get())) {
                return id;
            }
            throw XapiException.conflict("a different statement with the id " + id + " is already stored");
        }
        OffsetDateTime stored = OffsetDateTime.now();
        JsonObject statement = StatementCompletion.complete(received, id, stored, authority);
        StatementIndex index = StatementIndex.of(statement);
        if (index.voids() != null) {
            voidTarget(index.voids());
        }
        boolean voidedAlready = index.voids() == null && count(
                "SELECT count(*) FROM xapi_statement WHERE voids = CAST(?1 AS uuid)", id.toString()) > 0;
        em.createNativeQuery("""
                INSERT INTO xapi_statement (id, statement, stored, voided, voids, actor_key, verb_id,
                    object_activity_id, object_agent_key, object_statement_id, registration, related_activities,
                    related_agents, client_key, agent_keys)
                VALUES (CAST(?1 AS uuid), CAST(?2 AS jsonb), CAST(?3 AS timestamptz), ?4, CAST(?5 AS uuid), ?6, ?7,
                    ?8, ?9, CAST(?10 AS uuid), CAST(?11 AS uuid), CAST(?12 AS jsonb), CAST(?13 AS jsonb), ?14,
                    CAST(?15 AS jsonb))""")
                .setParameter(1, id.toString())
                .setParameter(2, statement.toString())
                .setParameter(3, stored.toString())
                .setParameter(4, voidedAlready)
                .setParameter(5, text(index.voids()))
                .setParameter(6, index.actorKey())
                .setParameter(7, index.verbId())
                .setParameter(8, index.objectActivityId())
                .setParameter(9, index.objectAgentKey())
                .setParameter(10, text(index.objectStatementId()))
                .setParameter(11, text(index.registration()))
                .setParameter(12, jsonArray(index.relatedActivities()))
                .setParameter(13, jsonArray(index.relatedAgents()))
                .setParameter(14, clientKey)
                .setParameter(15, jsonArray(index.agentKeys()))
                .executeUpdate();
        rememberActivityDefinition(statement);
        outbox.enqueue(id);
        return id;
    }

    /** A voiding statement voids its target; a voiding statement itself can never be voided. */
    private void voidTarget(UUID target) {
        if (count("SELECT count(*) FROM xapi_statement WHERE id = CAST(?1 AS uuid) AND voids IS NOT NULL",
                target.toString()) > 0) {
            throw XapiException.badRequest("statement " + target + " is a voiding statement and cannot be voided");
        }
        em.createNativeQuery("UPDATE xapi_statement SET voided = true WHERE id = CAST(?1 AS uuid) AND voids IS NULL")
                .setParameter(1, target.toString()).executeUpdate();
    }

    /**
     * Every activity of the statement with a definition (object, context activities, and a SubStatement's) updates
     * the LRS's canonical definition: newer properties win, language maps (name, description) gather all languages.
     */
    private void rememberActivityDefinition(JsonObject statement) {
        for (JsonObject activity : activitiesWithDefinitions(statement)) {
            em.createNativeQuery("""
                    INSERT INTO xapi_activity (id, definition, updated) VALUES (?1, CAST(?2 AS jsonb), now())
                    ON CONFLICT (id) DO UPDATE SET definition = xapi_activity.definition || EXCLUDED.definition
                        || CASE WHEN xapi_activity.definition->'name' IS NOT NULL OR EXCLUDED.definition->'name' IS NOT NULL
                            THEN jsonb_build_object('name', coalesce(xapi_activity.definition->'name', '{}')
                                || coalesce(EXCLUDED.definition->'name', '{}')) ELSE '{}' END
                        || CASE WHEN xapi_activity.definition->'description' IS NOT NULL OR EXCLUDED.definition->'description' IS NOT NULL
                            THEN jsonb_build_object('description', coalesce(xapi_activity.definition->'description', '{}')
                                || coalesce(EXCLUDED.definition->'description', '{}')) ELSE '{}' END,
                        updated = now()""")
                    .setParameter(1, activity.getString("id"))
                    .setParameter(2, activity.getJsonObject("definition").toString())
                    .executeUpdate();
        }
    }

    private static List<JsonObject> activitiesWithDefinitions(JsonObject statement) {
        List<JsonObject> out = new ArrayList<>();
        JsonObject object = statement.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        if ("Activity".equals(objectType)) {
            out.add(object);
        } else if ("SubStatement".equals(objectType)) {
            out.addAll(activitiesWithDefinitions(object));
        }
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject lists) {
            for (jakarta.json.JsonValue list : lists.values()) {
                if (list instanceof jakarta.json.JsonArray array) {
                    array.forEach(a -> out.add(a.asJsonObject()));
                }
            }
        }
        return out.stream().filter(a -> a.get("definition") instanceof JsonObject).toList();
    }

    /** A stored statement and whether it is voided. */
    public record StoredStatement(JsonObject statement, boolean voided) {
    }

    public Optional<StoredStatement> find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT statement::text, voided FROM xapi_statement WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new StoredStatement(StatementQuery.parseObject((String) row[0], "stored statement"),
                Boolean.TRUE.equals(row[1])));
    }

    /** GET by statementId: only when not voided. */
    public Optional<JsonObject> findNotVoided(UUID id) {
        return find(id).filter(s -> !s.voided()).map(StoredStatement::statement);
    }

    /** GET by voidedStatementId: only when voided. */
    public Optional<JsonObject> findVoided(UUID id) {
        return find(id).filter(StoredStatement::voided).map(StoredStatement::statement);
    }

    /**
     * The statements matching the query (never voided ones), newest first unless ascending. A statement whose object
     * is a StatementRef meets the agent, verb, activity and registration filters when the statement it targets meets
     * them (recursively, voided targets included); since, until and paging apply to the returned statement itself.
     */
    public Page query(StatementQuery query, Long after) {
        StringBuilder filter = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (query.agentKey() != null) {
            filter.append(query.relatedAgents() ? " AND related_agents @> CAST(?" : " AND agent_keys @> CAST(?")
                    .append(parameters.size() + 1).append(" AS jsonb)");
            parameters.add(jsonArray(List.of(query.agentKey())));
        }
        if (query.verb() != null) {
            filter.append(" AND verb_id = ?").append(parameters.size() + 1);
            parameters.add(query.verb());
        }
        if (query.activity() != null) {
            if (query.relatedActivities()) {
                filter.append(" AND related_activities @> CAST(?").append(parameters.size() + 1).append(" AS jsonb)");
                parameters.add(jsonArray(List.of(query.activity())));
            } else {
                filter.append(" AND object_activity_id = ?").append(parameters.size() + 1);
                parameters.add(query.activity());
            }
        }
        if (query.registration() != null) {
            filter.append(" AND registration = CAST(?").append(parameters.size() + 1).append(" AS uuid)");
            parameters.add(query.registration().toString());
        }
        StringBuilder sql = new StringBuilder();
        if (parameters.isEmpty()) {
            sql.append("SELECT seq, statement::text FROM xapi_statement WHERE voided = false");
        } else {
            sql.append("WITH RECURSIVE matched(id) AS (SELECT id FROM xapi_statement WHERE ").append(filter)
                    .append(" UNION SELECT s.id FROM xapi_statement s JOIN matched m ON s.object_statement_id = m.id)")
                    .append(" SELECT seq, statement::text FROM xapi_statement WHERE voided = false")
                    .append(" AND id IN (SELECT id FROM matched)");
        }
        if (query.since() != null) {
            sql.append(" AND stored > CAST(?").append(parameters.size() + 1).append(" AS timestamptz)");
            parameters.add(query.since().toString());
        }
        if (query.until() != null) {
            sql.append(" AND stored <= CAST(?").append(parameters.size() + 1).append(" AS timestamptz)");
            parameters.add(query.until().toString());
        }
        if (after != null) {
            sql.append(query.ascending() ? " AND seq > ?" : " AND seq < ?").append(parameters.size() + 1);
            parameters.add(after);
        }
        sql.append(" ORDER BY seq ").append(query.ascending() ? "ASC" : "DESC").append(" LIMIT ").append(query.limit() + 1);
        Query select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = select.getResultList();
        List<JsonObject> statements = new ArrayList<>();
        Long last = null;
        for (int i = 0; i < Math.min(rows.size(), query.limit()); i++) {
            Object[] row = (Object[]) rows.get(i);
            statements.add(StatementQuery.parseObject((String) row[1], "stored statement"));
            last = ((Number) row[0]).longValue();
        }
        return new Page(statements, rows.size() > query.limit() ? last : null);
    }

    /** The canonical definition of an activity, if the LRS has seen one. */
    public Optional<JsonObject> activityDefinition(String activityId) {
        List<?> rows = em.createNativeQuery("SELECT definition::text FROM xapi_activity WHERE id = ?1")
                .setParameter(1, activityId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(StatementQuery.parseObject((String) rows.get(0), "definition"));
    }

    /** Every statement (voided ones left out) whose actor is the given agent key, newest first. */
    public List<JsonObject> byActor(String actorKey, int max) {
        List<?> rows = em.createNativeQuery("""
                SELECT statement::text FROM xapi_statement WHERE actor_key = ?1 AND voided = false
                ORDER BY seq DESC LIMIT ?2""").setParameter(1, actorKey).setParameter(2, max).getResultList();
        return rows.stream().map(r -> StatementQuery.parseObject((String) r, "stored statement")).toList();
    }

    private long count(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String jsonArray(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    /** Time up to which all stored statements are visible: now, as statements are visible when committed. */
    public static String consistentThrough() {
        return XapiFormats.format(OffsetDateTime.now());
    }
}
