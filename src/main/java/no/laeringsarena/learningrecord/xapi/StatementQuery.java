package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The parameters of GET /xapi/statements, checked: names are case-sensitive and unknown ones are refused (400),
 * as are repeated parameters, bad values, and statementId/voidedStatementId combined with filters.
 *
 * @param agentKey the IFI key of the agent filter (see {@link Agents}), or null
 * @param limit    1..{@link #MAX_LIMIT}; 0 from the client means the maximum
 * @param attachments whether to answer multipart/mixed with the statements' attachment data
 */
public record StatementQuery(UUID statementId, UUID voidedStatementId, String agentKey, String verb, String activity,
                             UUID registration, boolean relatedActivities, boolean relatedAgents,
                             OffsetDateTime since, OffsetDateTime until, int limit, StatementFormat format,
                             boolean ascending, boolean attachments) {

    public static final int MAX_LIMIT = 100;

    private static final Set<String> KNOWN = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format",
            "attachments", "ascending");
    private static final Set<String> ALLOWED_WITH_ID = Set.of("statementId", "voidedStatementId", "format", "attachments");

    public static StatementQuery parse(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (!KNOWN.contains(entry.getKey())) {
                throw XapiException.badRequest("unknown query parameter \"" + entry.getKey()
                        + "\" (parameter names are case-sensitive)");
            }
            if (entry.getValue().size() > 1) {
                throw XapiException.badRequest("query parameter \"" + entry.getKey() + "\" given more than once");
            }
        }
        UUID statementId = uuid(parameters, "statementId");
        UUID voidedStatementId = uuid(parameters, "voidedStatementId");
        if (statementId != null && voidedStatementId != null) {
            throw XapiException.badRequest("give statementId or voidedStatementId, not both");
        }
        if (statementId != null || voidedStatementId != null) {
            for (String name : parameters.keySet()) {
                if (!ALLOWED_WITH_ID.contains(name)) {
                    throw XapiException.badRequest("\"" + name + "\" cannot be combined with statementId or voidedStatementId");
                }
            }
        }
        String agentKey = null;
        String agentJson = single(parameters, "agent");
        if (agentJson != null) {
            agentKey = Agents.requiredKey(parseObject(agentJson, "agent"), "agent");
        }
        String verb = single(parameters, "verb");
        if (verb != null && !XapiFormats.isIri(verb)) {
            throw XapiException.badRequest("verb: must be an IRI");
        }
        String activity = single(parameters, "activity");
        if (activity != null && !XapiFormats.isIri(activity)) {
            throw XapiException.badRequest("activity: must be an IRI");
        }
        int limit = MAX_LIMIT;
        String limitValue = single(parameters, "limit");
        if (limitValue != null) {
            if (!limitValue.matches("\\d{1,9}")) {
                throw XapiException.badRequest("limit: must be a non-negative integer");
            }
            int asked = Integer.parseInt(limitValue);
            limit = asked == 0 ? MAX_LIMIT : Math.min(asked, MAX_LIMIT);
        }
        String format = single(parameters, "format");
        return new StatementQuery(statementId, voidedStatementId, agentKey, verb, activity,
                uuid(parameters, "registration"), Boolean.TRUE.equals(bool(parameters, "related_activities")),
                Boolean.TRUE.equals(bool(parameters, "related_agents")), time(parameters, "since"),
                time(parameters, "until"), limit, format == null ? StatementFormat.EXACT : StatementFormat.parse(format),
                Boolean.TRUE.equals(bool(parameters, "ascending")), Boolean.TRUE.equals(bool(parameters, "attachments")));
    }

    public boolean single() {
        return statementId != null || voidedStatementId != null;
    }

    /** The query as a JSON object, for the "more" link: {@link #fromJson} reads it back. */
    public JsonObject toJson() {
        var out = JSON.createObjectBuilder();
        if (agentKey != null) out.add("agentKey", agentKey);
        if (verb != null) out.add("verb", verb);
        if (activity != null) out.add("activity", activity);
        if (registration != null) out.add("registration", registration.toString());
        if (since != null) out.add("since", XapiFormats.format(since));
        if (until != null) out.add("until", XapiFormats.format(until));
        return out.add("relatedActivities", relatedActivities).add("relatedAgents", relatedAgents)
                .add("limit", limit).add("format", format.name()).add("ascending", ascending)
                .add("attachments", attachments).build();
    }

    public static StatementQuery fromJson(JsonObject json) {
        return new StatementQuery(null, null, json.getString("agentKey", null), json.getString("verb", null),
                json.getString("activity", null),
                json.containsKey("registration") ? UUID.fromString(json.getString("registration")) : null,
                json.getBoolean("relatedActivities"), json.getBoolean("relatedAgents"),
                json.containsKey("since") ? XapiFormats.timestamp(json.getString("since")).orElseThrow() : null,
                json.containsKey("until") ? XapiFormats.timestamp(json.getString("until")).orElseThrow() : null,
                json.getInt("limit"), StatementFormat.valueOf(json.getString("format")), json.getBoolean("ascending"),
                json.getBoolean("attachments", false));
    }

    public static JsonObject parseObject(String json, String what) {
        try {
            JsonValue value = JsonText.parse(json);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw XapiException.badRequest(what + ": must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static UUID uuid(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        return XapiFormats.uuid(value).orElseThrow(() -> XapiException.badRequest(name + ": must be a UUID"));
    }

    private static Boolean bool(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            throw XapiException.badRequest(name + ": must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static OffsetDateTime time(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        return XapiFormats.timestamp(value)
                .orElseThrow(() -> XapiException.badRequest(name + ": must be an ISO 8601 timestamp"));
    }
}
