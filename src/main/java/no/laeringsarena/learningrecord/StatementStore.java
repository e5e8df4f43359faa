package no.laeringsarena.learningrecord;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import no.laeringsarena.learningrecord.xapi.StatementQuerySql;
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
        List<JsonObject> received = statements.stream().map(StatementCompletion::contextActivitiesAsArrays).toList();
        List<JsonObject> activities = new ArrayList<>();
        List<UUID> ids = received.stream().anyMatch(StatementStore::isVoiding)
                ? storeOneByOne(received, authority, clientKey, activities)
                : storeBatch(received, authority, clientKey, activities);
        rememberActivityDefinitions(activities);
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

    private static boolean isVoiding(JsonObject statement) {
        return StatementValidator.VOIDED.equals(statement.getJsonObject("verb").getString("id", ""));
    }

    /** A batch with a voiding statement: one statement after the other, so each sees what the ones before it did. */
    private List<UUID> storeOneByOne(List<JsonObject> received, JsonObject authority, String clientKey,
                                     List<JsonObject> activities) {
        List<UUID> ids = new ArrayList<>();
        for (JsonObject statement : received) {
            ids.add(storeOne(statement, authority, clientKey, activities));
        }
        return ids;
    }

    /**
     * A batch without voiding statements (nearly all of them): what is already stored and what is already voided is
     * read in one query each, and the new statements are written in one INSERT, whatever the batch's size.
     */
    private List<UUID> storeBatch(List<JsonObject> received, JsonObject authority, String clientKey,
                                  List<JsonObject> activities) {
        List<UUID> ids = received.stream().map(r -> r.containsKey("id") ? UUID.fromString(r.getString("id"))
                : UUID.randomUUID()).toList();
        Map<UUID, JsonObject> existing = findAll(ids);
        java.util.Set<UUID> voidedAlready = voidedAmong(ids);
        OffsetDateTime stored = OffsetDateTime.now();
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        List<UUID> inserted = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            UUID id = ids.get(i);
            JsonObject earlier = existing.get(id);
            if (earlier != null) {
                if (!StatementComparison.same(received.get(i), earlier)) {
                    throw XapiException.conflict("a different statement with the id " + id + " is already stored");
                }
                continue;
            }
            JsonObject statement = StatementCompletion.complete(received.get(i), id, stored, authority);
            StatementIndex index = StatementIndex.of(statement);
            jakarta.json.JsonObjectBuilder row = JSON.createObjectBuilder().add("ord", i).add("id", id.toString())
                    .add("statement", statement).add("stored", stored.toString()).add("voided", voidedAlready.contains(id))
                    .add("actor_key", index.actorKey()).add("verb_id", index.verbId())
                    .add("related_activities", jsonArrayValue(index.relatedActivities()))
                    .add("related_agents", jsonArrayValue(index.relatedAgents()))
                    .add("agent_keys", jsonArrayValue(index.agentKeys()));
            addIfPresent(row, "object_activity_id", index.objectActivityId());
            addIfPresent(row, "object_agent_key", index.objectAgentKey());
            addIfPresent(row, "object_statement_id", text(index.objectStatementId()));
            addIfPresent(row, "registration", text(index.registration()));
            addIfPresent(row, "client_key", clientKey);
            rows.add(row);
            activities.addAll(activitiesWithDefinitions(statement));
            inserted.add(id);
        }
        if (!inserted.isEmpty()) {
            em.createNativeQuery("""
                    INSERT INTO xapi_statement (id, statement, stored, voided, voids, actor_key, verb_id,
                        object_activity_id, object_agent_key, object_statement_id, registration, related_activities,
                        related_agents, client_key, agent_keys)
                    SELECT r.id, r.statement, r.stored, r.voided, NULL, r.actor_key, r.verb_id, r.object_activity_id,
                        r.object_agent_key, r.object_statement_id, r.registration, r.related_activities, r.related_agents,
                        r.client_key, r.agent_keys
                    FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS r(ord integer, id uuid, statement jsonb,
                        stored timestamptz, voided boolean, actor_key text, verb_id text, object_activity_id text,
                        object_agent_key text, object_statement_id uuid, registration uuid, related_activities jsonb,
                        related_agents jsonb, client_key text, agent_keys jsonb)
                    ORDER BY r.ord""").setParameter(1, rows.build().toString()).executeUpdate();
            outbox.enqueueAll(inserted);
        }
        return ids;
    }

    private static void addIfPresent(jakarta.json.JsonObjectBuilder row, String name, String value) {
        if (value != null) {
            row.add(name, value);
        }
    }

    /** The stored statements among these ids, in one query. */
    private Map<UUID, JsonObject> findAll(List<UUID> ids) {
        Map<UUID, JsonObject> found = new java.util.HashMap<>();
        for (Object r : em.createNativeQuery("SELECT id::text, statement::text FROM xapi_statement "
                + "WHERE id = ANY(CAST(?1 AS uuid[]))").setParameter(1, uuidArray(ids)).getResultList()) {
            Object[] row = (Object[]) r;
            found.put(UUID.fromString((String) row[0]), StatementQuery.parseObject((String) row[1], "stored statement"));
        }
        return found;
    }

    /** The ids among these that a stored voiding statement targets already (it may arrive before its target). */
    private java.util.Set<UUID> voidedAmong(List<UUID> ids) {
        java.util.Set<UUID> voided = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery("SELECT DISTINCT voids::text FROM xapi_statement "
                + "WHERE voids = ANY(CAST(?1 AS uuid[]))").setParameter(1, uuidArray(ids)).getResultList()) {
            voided.add(UUID.fromString((String) id));
        }
        return voided;
    }

    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private UUID storeOne(JsonObject received, JsonObject authority, String clientKey, List<JsonObject> activities) {
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
        activities.addAll(activitiesWithDefinitions(statement));
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
     * Updates the canonical definitions of the activities the statements carry (see
     * {@link #rememberActivityDefinition}). The batch's definitions of one activity are merged first; one query then
     * finds the few activities whose stored definition would change (usually none: nearly every statement repeats a
     * definition the LRS already has), and only those are written, one by one in the order of their ids, so two
     * batches that share activities lock their rows in the same order and never deadlock.
     */
    private void rememberActivityDefinitions(List<JsonObject> activities) {
        Map<String, JsonObject> merged = new java.util.TreeMap<>();
        for (JsonObject activity : activities) {
            merged.merge(activity.getString("id"), activity.getJsonObject("definition"), ActivityDefinitions::merge);
        }
        if (merged.isEmpty()) {
            return;
        }
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        merged.forEach((id, definition) -> rows.add(JSON.createObjectBuilder().add("id", id).add("def", definition)));
        List<?> changing = em.createNativeQuery("SELECT n.id FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS n(id text, def jsonb) "
                        + "LEFT JOIN xapi_activity a ON a.id = n.id WHERE a.id IS NULL OR " + MERGED_DEFINITION
                        + " IS DISTINCT FROM a.definition ORDER BY n.id")
                .setParameter(1, rows.build().toString()).getResultList();
        for (Object id : changing) {
            rememberActivityDefinition((String) id, merged.get((String) id).toString());
        }
    }

    /**
     * An activity with a definition (object, context activities, and a SubStatement's, see
     * {@link #activitiesWithDefinitions}) updates the LRS's canonical definition: newer properties win, language maps
     * (name, description) gather all languages.
     */
    private void rememberActivityDefinition(String id, String definition) {
        // Nearly every statement repeats a definition the LRS already has. The UPDATE changes (and locks) the row
        // only when the merge changes it, so concurrent batches about the same course do not queue on its row.
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = em.createNativeQuery("WITH n AS (SELECT CAST(?2 AS jsonb) AS def) UPDATE xapi_activity a SET "
                            + "definition = " + MERGED_DEFINITION + ", updated = now() FROM n WHERE a.id = ?1 AND "
                            + MERGED_DEFINITION + " IS DISTINCT FROM a.definition")
                    .setParameter(1, id).setParameter(2, definition).executeUpdate();
            if (updated > 0 || exists(id)) {
                return;
            }
            // new: insert; if another transaction inserted it meanwhile, merge into theirs on the second round
            if (em.createNativeQuery("INSERT INTO xapi_activity (id, definition, updated) VALUES (?1, CAST(?2 AS jsonb), "
                    + "now()) ON CONFLICT (id) DO NOTHING").setParameter(1, id).setParameter(2, definition)
                    .executeUpdate() > 0) {
                return;
            }
        }
    }

    /** The stored definition (a.definition) merged with a new one (n.def): newer properties win, names gather. */
    private static final String MERGED_DEFINITION = "(a.definition || n.def"
            + " || CASE WHEN a.definition->'name' IS NOT NULL OR n.def->'name' IS NOT NULL"
            + " THEN jsonb_build_object('name', coalesce(a.definition->'name', '{}') || coalesce(n.def->'name', '{}'))"
            + " ELSE '{}' END"
            + " || CASE WHEN a.definition->'description' IS NOT NULL OR n.def->'description' IS NOT NULL"
            + " THEN jsonb_build_object('description', coalesce(a.definition->'description', '{}')"
            + " || coalesce(n.def->'description', '{}')) ELSE '{}' END)";

    private boolean exists(String activityId) {
        return !em.createNativeQuery("SELECT 1 FROM xapi_activity WHERE id = ?1").setParameter(1, activityId)
                .getResultList().isEmpty();
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
        StatementQuerySql sql = StatementQuerySql.of(query, after);
        List<Object> parameters = sql.parameters();
        Query select = em.createNativeQuery(sql.text());
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

    private static jakarta.json.JsonArray jsonArrayValue(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static String jsonArray(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    /** Time up to which all stored statements are visible: now, as statements are visible when committed. */
    public static String consistentThrough() {
        return XapiFormats.format(OffsetDateTime.now());
    }
}
