package no.laeringsarena.learningrecord.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The xAPI 2.0.0 statement data model, checked strictly: every violation is a {@link XapiException} (400) whose
 * message names the property path and the rule, e.g. "actor: an Agent must have exactly one of mbox, …".
 * Unknown properties are refused everywhere except inside extensions.
 */
public final class StatementValidator {

    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> STATEMENT_KEYS = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUBSTATEMENT_KEYS = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final Set<String> AGENT_KEYS = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_KEYS = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
    private static final Set<String> ACTIVITY_KEYS = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_KEYS = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Map<String, Set<String>> INTERACTION_COMPONENTS = Map.of(
            "choice", Set.of("choices"), "sequencing", Set.of("choices"), "likert", Set.of("scale"),
            "matching", Set.of("source", "target"), "performance", Set.of("steps"));
    private static final Set<String> RESULT_KEYS = Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_KEYS = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT_KEYS = Set.of("registration", "instructor", "team", "contextActivities",
            "contextAgents", "contextGroups", "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> ATTACHMENT_KEYS = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    private StatementValidator() {
    }

    /**
     * Checks a request's statements: each valid, no id twice. A failure in a batch names the statement's index.
     */
    public static void validateAll(List<JsonObject> statements) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            try {
                validate(statements.get(i));
            } catch (XapiException e) {
                throw statements.size() == 1 ? e : bad("statement [" + i + "]: " + e.getMessage());
            }
            if (statements.get(i).containsKey("id")
                    && !seen.add(statements.get(i).getString("id").toLowerCase(Locale.ROOT))) {
                throw bad("the batch has two statements with the id " + statements.get(i).getString("id"));
            }
        }
    }

    /** Checks a statement as received from a client (before the LRS fills in id, stored, authority…). */
    public static void validate(JsonValue value) {
        JsonObject statement = object(value, "statement");
        allowOnly(statement, STATEMENT_KEYS, "statement");
        if (statement.containsKey("id") && !XapiFormats.isUuid(string(statement, "id", "id"))) {
            throw bad("id: must be a UUID");
        }
        requireAll(statement, "statement", "actor", "verb", "object");
        validateActor(statement.get("actor"), "actor");
        String verbId = validateVerb(statement.get("verb"), "verb");
        String objectType = validateObject(statement.get("object"), "object", false);
        if (VOIDED.equals(verbId) && !"StatementRef".equals(objectType)) {
            throw bad("object: a statement with the verb " + VOIDED + " must have a StatementRef as its object");
        }
        if (statement.containsKey("result")) {
            validateResult(statement.get("result"), "result");
        }
        if (statement.containsKey("context")) {
            validateContext(statement.get("context"), "context", objectType);
        }
        if (statement.containsKey("timestamp")) {
            timestamp(statement, "timestamp", "timestamp");
        }
        if (statement.containsKey("stored")) {
            timestamp(statement, "stored", "stored");
        }
        if (statement.containsKey("authority")) {
            validateAuthority(statement.get("authority"));
        }
        if (statement.containsKey("version")) {
            String version = string(statement, "version", "version");
            if (!version.matches("^(1\\.0|2\\.0)(\\.\\d+)?$")) {
                throw bad("version: must be 1.0.x or 2.0.x, was " + version);
            }
        }
        if (statement.containsKey("attachments")) {
            validateAttachments(statement.get("attachments"), "attachments");
        }
    }

    /** An Agent or a Group (actor, instructor, authority, or the agent parameter of a query). */
    public static void validateActor(JsonValue value, String path) {
        JsonObject actor = object(value, path);
        String objectType = actor.containsKey("objectType") ? string(actor, "objectType", path + ".objectType") : "Agent";
        switch (objectType) {
            case "Agent" -> validateAgent(actor, path);
            case "Group" -> validateGroup(actor, path);
            default -> throw bad(path + ".objectType: must be Agent or Group, was " + objectType);
        }
    }

    static void validateAgent(JsonObject agent, String path) {
        allowOnly(agent, AGENT_KEYS, path);
        if (agent.containsKey("objectType") && !"Agent".equals(string(agent, "objectType", path + ".objectType"))) {
            throw bad(path + ".objectType: must be Agent");
        }
        if (countIfis(agent, path) != 1) {
            throw bad(path + ": an Agent must have exactly one of mbox, mbox_sha1sum, openid or account");
        }
        if (agent.containsKey("name")) {
            string(agent, "name", path + ".name");
        }
    }

    static void validateGroup(JsonObject group, String path) {
        allowOnly(group, GROUP_KEYS, path);
        int ifis = countIfis(group, path);
        if (ifis > 1) {
            throw bad(path + ": a Group must have at most one of mbox, mbox_sha1sum, openid or account");
        }
        if (group.containsKey("name")) {
            string(group, "name", path + ".name");
        }
        if (group.containsKey("member")) {
            JsonArray members = array(group.get("member"), path + ".member");
            for (int i = 0; i < members.size(); i++) {
                JsonObject member = object(members.get(i), path + ".member[" + i + "]");
                if (member.containsKey("objectType") && !"Agent".equals(string(member, "objectType", path + ".member[" + i + "].objectType"))) {
                    throw bad(path + ".member[" + i + "]: the members of a Group must be Agents");
                }
                validateAgent(member, path + ".member[" + i + "]");
            }
            if (ifis == 0 && members.isEmpty()) {
                throw bad(path + ": an anonymous Group (no identifier) must list at least one member");
            }
        } else if (ifis == 0) {
            throw bad(path + ": an anonymous Group (no identifier) must have a member list");
        }
    }

    private static int countIfis(JsonObject agent, String path) {
        int count = 0;
        if (agent.containsKey("mbox")) {
            count++;
            if (!XapiFormats.isMailto(string(agent, "mbox", path + ".mbox"))) {
                throw bad(path + ".mbox: must be a mailto: IRI, e.g. mailto:ola@kommune.no");
            }
        }
        if (agent.containsKey("mbox_sha1sum")) {
            count++;
            if (!XapiFormats.isSha1Hex(string(agent, "mbox_sha1sum", path + ".mbox_sha1sum"))) {
                throw bad(path + ".mbox_sha1sum: must be the hex SHA-1 of a mailto: IRI");
            }
        }
        if (agent.containsKey("openid")) {
            count++;
            if (!XapiFormats.isIri(string(agent, "openid", path + ".openid"))) {
                throw bad(path + ".openid: must be a URI");
            }
        }
        if (agent.containsKey("account")) {
            count++;
            JsonObject account = object(agent.get("account"), path + ".account");
            allowOnly(account, Set.of("homePage", "name"), path + ".account");
            requireAll(account, path + ".account", "homePage", "name");
            if (!XapiFormats.isIrl(string(account, "homePage", path + ".account.homePage"))) {
                throw bad(path + ".account.homePage: must be an http(s) IRL");
            }
            string(account, "name", path + ".account.name");
        }
        return count;
    }

    static String validateVerb(JsonValue value, String path) {
        JsonObject verb = object(value, path);
        allowOnly(verb, Set.of("id", "display"), path);
        requireAll(verb, path, "id");
        String id = string(verb, "id", path + ".id");
        if (!XapiFormats.isIri(id)) {
            throw bad(path + ".id: must be an IRI, was " + id);
        }
        if (verb.containsKey("display")) {
            languageMap(verb.get("display"), path + ".display");
        }
        return id;
    }

    /** Validates the object of a statement or sub-statement; returns its objectType. */
    static String validateObject(JsonValue value, String path, boolean inSubStatement) {
        JsonObject object = object(value, path);
        String objectType = object.containsKey("objectType") ? string(object, "objectType", path + ".objectType") : "Activity";
        switch (objectType) {
            case "Activity" -> validateActivity(object, path);
            case "Agent" -> {
                requireObjectType(object, path);
                validateAgent(object, path);
            }
            case "Group" -> {
                requireObjectType(object, path);
                validateGroup(object, path);
            }
            case "StatementRef" -> validateStatementRef(object, path);
            case "SubStatement" -> {
                if (inSubStatement) {
                    throw bad(path + ": a SubStatement must not contain another SubStatement");
                }
                validateSubStatement(object, path);
            }
            default -> throw bad(path + ".objectType: must be Activity, Agent, Group, StatementRef or SubStatement, was " + objectType);
        }
        return objectType;
    }

    private static void requireObjectType(JsonObject object, String path) {
        if (!object.containsKey("objectType")) {
            throw bad(path + ".objectType: required when the object is an Agent or Group");
        }
    }

    static void validateActivity(JsonObject activity, String path) {
        allowOnly(activity, ACTIVITY_KEYS, path);
        requireAll(activity, path, "id");
        String id = string(activity, "id", path + ".id");
        if (!XapiFormats.isIri(id)) {
            throw bad(path + ".id: an Activity id must be an IRI, was " + id);
        }
        if (activity.containsKey("definition")) {
            validateDefinition(activity.get("definition"), path + ".definition");
        }
    }

    static void validateDefinition(JsonValue value, String path) {
        JsonObject definition = object(value, path);
        allowOnly(definition, DEFINITION_KEYS, path);
        if (definition.containsKey("name")) {
            languageMap(definition.get("name"), path + ".name");
        }
        if (definition.containsKey("description")) {
            languageMap(definition.get("description"), path + ".description");
        }
        if (definition.containsKey("type") && !XapiFormats.isIri(string(definition, "type", path + ".type"))) {
            throw bad(path + ".type: must be an IRI");
        }
        if (definition.containsKey("moreInfo") && !XapiFormats.isIrl(string(definition, "moreInfo", path + ".moreInfo"))) {
            throw bad(path + ".moreInfo: must be an http(s) IRL");
        }
        if (definition.containsKey("extensions")) {
            extensions(definition.get("extensions"), path + ".extensions");
        }
        String interactionType = definition.containsKey("interactionType")
                ? string(definition, "interactionType", path + ".interactionType") : null;
        if (interactionType != null && !INTERACTION_TYPES.contains(interactionType)) {
            throw bad(path + ".interactionType: must be one of " + INTERACTION_TYPES + ", was " + interactionType);
        }
        if (definition.containsKey("correctResponsesPattern")) {
            if (interactionType == null) {
                throw bad(path + ".correctResponsesPattern: only allowed with an interactionType");
            }
            JsonArray patterns = array(definition.get("correctResponsesPattern"), path + ".correctResponsesPattern");
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).getValueType() != ValueType.STRING) {
                    throw bad(path + ".correctResponsesPattern[" + i + "]: must be a string");
                }
            }
        }
        Set<String> allowedComponents = interactionType == null ? Set.of()
                : INTERACTION_COMPONENTS.getOrDefault(interactionType, Set.of());
        for (String component : Set.of("choices", "scale", "source", "target", "steps")) {
            if (definition.containsKey(component)) {
                if (!allowedComponents.contains(component)) {
                    throw bad(path + "." + component + ": not allowed for interactionType " + interactionType);
                }
                JsonArray items = array(definition.get(component), path + "." + component);
                for (int i = 0; i < items.size(); i++) {
                    String itemPath = path + "." + component + "[" + i + "]";
                    JsonObject item = object(items.get(i), itemPath);
                    allowOnly(item, Set.of("id", "description"), itemPath);
                    requireAll(item, itemPath, "id");
                    string(item, "id", itemPath + ".id");
                    if (item.containsKey("description")) {
                        languageMap(item.get("description"), itemPath + ".description");
                    }
                }
            }
        }
    }

    static void validateStatementRef(JsonObject ref, String path) {
        allowOnly(ref, Set.of("objectType", "id"), path);
        requireAll(ref, path, "objectType", "id");
        if (!"StatementRef".equals(string(ref, "objectType", path + ".objectType"))) {
            throw bad(path + ".objectType: must be StatementRef");
        }
        if (!XapiFormats.isUuid(string(ref, "id", path + ".id"))) {
            throw bad(path + ".id: must be a UUID");
        }
    }

    static void validateSubStatement(JsonObject sub, String path) {
        for (String forbidden : Set.of("id", "stored", "version", "authority")) {
            if (sub.containsKey(forbidden)) {
                throw bad(path + "." + forbidden + ": a SubStatement must not have " + forbidden);
            }
        }
        allowOnly(sub, SUBSTATEMENT_KEYS, path);
        requireAll(sub, path, "actor", "verb", "object");
        validateActor(sub.get("actor"), path + ".actor");
        validateVerb(sub.get("verb"), path + ".verb");
        String objectType = validateObject(sub.get("object"), path + ".object", true);
        if (sub.containsKey("result")) {
            validateResult(sub.get("result"), path + ".result");
        }
        if (sub.containsKey("context")) {
            validateContext(sub.get("context"), path + ".context", objectType);
        }
        if (sub.containsKey("timestamp")) {
            timestamp(sub, "timestamp", path + ".timestamp");
        }
        if (sub.containsKey("attachments")) {
            validateAttachments(sub.get("attachments"), path + ".attachments");
        }
    }

    static void validateResult(JsonValue value, String path) {
        JsonObject result = object(value, path);
        allowOnly(result, RESULT_KEYS, path);
        if (result.containsKey("score")) {
            JsonObject score = object(result.get("score"), path + ".score");
            allowOnly(score, SCORE_KEYS, path + ".score");
            Double scaled = number(score, "scaled", path + ".score");
            Double raw = number(score, "raw", path + ".score");
            Double min = number(score, "min", path + ".score");
            Double max = number(score, "max", path + ".score");
            if (scaled != null && (scaled < -1 || scaled > 1)) {
                throw bad(path + ".score.scaled: must be between -1 and 1, was " + scaled);
            }
            if (min != null && max != null && min >= max) {
                throw bad(path + ".score: min must be less than max");
            }
            if (raw != null && min != null && raw < min) {
                throw bad(path + ".score.raw: must not be less than min");
            }
            if (raw != null && max != null && raw > max) {
                throw bad(path + ".score.raw: must not be greater than max");
            }
        }
        for (String flag : Set.of("success", "completion")) {
            if (result.containsKey(flag)) {
                ValueType type = result.get(flag).getValueType();
                if (type != ValueType.TRUE && type != ValueType.FALSE) {
                    throw bad(path + "." + flag + ": must be true or false");
                }
            }
        }
        if (result.containsKey("response")) {
            string(result, "response", path + ".response");
        }
        if (result.containsKey("duration") && !XapiFormats.isDuration(string(result, "duration", path + ".duration"))) {
            throw bad(path + ".duration: must be an ISO 8601 duration such as PT1H30M, was " + result.getString("duration"));
        }
        if (result.containsKey("extensions")) {
            extensions(result.get("extensions"), path + ".extensions");
        }
    }

    static void validateContext(JsonValue value, String path, String objectType) {
        JsonObject context = object(value, path);
        allowOnly(context, CONTEXT_KEYS, path);
        if (context.containsKey("registration") && !XapiFormats.isUuid(string(context, "registration", path + ".registration"))) {
            throw bad(path + ".registration: must be a UUID");
        }
        if (context.containsKey("instructor")) {
            validateActor(context.get("instructor"), path + ".instructor");
        }
        if (context.containsKey("team")) {
            JsonObject team = object(context.get("team"), path + ".team");
            if (!"Group".equals(team.getString("objectType", null))) {
                throw bad(path + ".team: must be a Group (objectType Group)");
            }
            validateGroup(team, path + ".team");
        }
        if (context.containsKey("contextActivities")) {
            JsonObject activities = object(context.get("contextActivities"), path + ".contextActivities");
            allowOnly(activities, CONTEXT_ACTIVITY_KEYS, path + ".contextActivities");
            for (Map.Entry<String, JsonValue> entry : activities.entrySet()) {
                String listPath = path + ".contextActivities." + entry.getKey();
                JsonValue list = entry.getValue();
                if (list.getValueType() == ValueType.OBJECT) {
                    contextActivity(list.asJsonObject(), listPath);
                } else {
                    JsonArray array = array(list, listPath);
                    for (int i = 0; i < array.size(); i++) {
                        contextActivity(object(array.get(i), listPath + "[" + i + "]"), listPath + "[" + i + "]");
                    }
                }
            }
        }
        if (context.containsKey("contextAgents")) {
            contextRelations(context.get("contextAgents"), path + ".contextAgents", "contextAgent", "agent");
        }
        if (context.containsKey("contextGroups")) {
            contextRelations(context.get("contextGroups"), path + ".contextGroups", "contextGroup", "group");
        }
        for (String activityOnly : Set.of("revision", "platform")) {
            if (context.containsKey(activityOnly)) {
                string(context, activityOnly, path + "." + activityOnly);
                if (!"Activity".equals(objectType)) {
                    throw bad(path + "." + activityOnly + ": only allowed when the object is an Activity");
                }
            }
        }
        if (context.containsKey("language") && !XapiFormats.isLanguageTag(string(context, "language", path + ".language"))) {
            throw bad(path + ".language: must be an RFC 5646 language tag such as nb-NO");
        }
        if (context.containsKey("statement")) {
            validateStatementRef(object(context.get("statement"), path + ".statement"), path + ".statement");
        }
        if (context.containsKey("extensions")) {
            extensions(context.get("extensions"), path + ".extensions");
        }
    }

    private static void contextActivity(JsonObject activity, String path) {
        if (activity.containsKey("objectType") && !"Activity".equals(string(activity, "objectType", path + ".objectType"))) {
            throw bad(path + ": context activities must be Activities");
        }
        validateActivity(activity, path);
    }

    private static void contextRelations(JsonValue value, String path, String objectType, String member) {
        JsonArray relations = array(value, path);
        for (int i = 0; i < relations.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonObject relation = object(relations.get(i), itemPath);
            allowOnly(relation, Set.of("objectType", member, "relevantTypes"), itemPath);
            requireAll(relation, itemPath, "objectType", member);
            if (!objectType.equals(string(relation, "objectType", itemPath + ".objectType"))) {
                throw bad(itemPath + ".objectType: must be " + objectType);
            }
            if ("agent".equals(member)) {
                JsonObject agent = object(relation.get(member), itemPath + ".agent");
                validateAgent(agent, itemPath + ".agent");
            } else {
                validateGroup(object(relation.get(member), itemPath + ".group"), itemPath + ".group");
            }
            if (relation.containsKey("relevantTypes")) {
                JsonArray types = array(relation.get("relevantTypes"), itemPath + ".relevantTypes");
                if (types.isEmpty()) {
                    throw bad(itemPath + ".relevantTypes: when present, must list at least one IRI");
                }
                for (int t = 0; t < types.size(); t++) {
                    JsonValue type = types.get(t);
                    if (type.getValueType() != ValueType.STRING || !XapiFormats.isIri(((JsonString) type).getString())) {
                        throw bad(itemPath + ".relevantTypes[" + t + "]: must be an IRI");
                    }
                }
            }
        }
    }

    private static void validateAuthority(JsonValue value) {
        JsonObject authority = object(value, "authority");
        validateActor(authority, "authority");
        if ("Group".equals(authority.getString("objectType", "Agent"))) {
            JsonArray members = authority.getJsonArray("member");
            if (Agents.key(authority).isPresent() || members == null || members.size() != 2) {
                throw bad("authority: a Group as authority must be anonymous, with exactly two members (OAuth consumer and user)");
            }
        }
    }

    private static void validateAttachments(JsonValue value, String path) {
        JsonArray attachments = array(value, path);
        for (int i = 0; i < attachments.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonObject attachment = object(attachments.get(i), itemPath);
            allowOnly(attachment, ATTACHMENT_KEYS, itemPath);
            requireAll(attachment, itemPath, "usageType", "display", "contentType", "length", "sha2");
            if (!XapiFormats.isIri(string(attachment, "usageType", itemPath + ".usageType"))) {
                throw bad(itemPath + ".usageType: must be an IRI");
            }
            languageMap(attachment.get("display"), itemPath + ".display");
            if (attachment.containsKey("description")) {
                languageMap(attachment.get("description"), itemPath + ".description");
            }
            string(attachment, "contentType", itemPath + ".contentType");
            string(attachment, "sha2", itemPath + ".sha2");
            JsonValue length = attachment.get("length");
            if (length.getValueType() != ValueType.NUMBER || !((JsonNumber) length).isIntegral()
                    || ((JsonNumber) length).longValue() < 0) {
                throw bad(itemPath + ".length: must be a non-negative integer");
            }
            // without a fileUrl, the data must come as a part of a multipart/mixed request (StatementAttachments)
            if (attachment.containsKey("fileUrl") && !XapiFormats.isIrl(string(attachment, "fileUrl", itemPath + ".fileUrl"))) {
                throw bad(itemPath + ".fileUrl: must be an http(s) IRL");
            }
        }
    }

    // --- small checks ---

    static void languageMap(JsonValue value, String path) {
        JsonObject map = object(value, path);
        for (Map.Entry<String, JsonValue> entry : map.entrySet()) {
            if (!XapiFormats.isLanguageTag(entry.getKey())) {
                throw bad(path + ": \"" + entry.getKey() + "\" is not a language tag (RFC 5646, e.g. nb-NO)");
            }
            if (entry.getValue().getValueType() != ValueType.STRING) {
                throw bad(path + "." + entry.getKey() + ": must be a string");
            }
        }
    }

    static void extensions(JsonValue value, String path) {
        JsonObject extensions = object(value, path);
        for (String key : extensions.keySet()) {
            if (!XapiFormats.isIri(key)) {
                throw bad(path + ": extension keys must be IRIs, \"" + key + "\" is not");
            }
        }
    }

    private static void timestamp(JsonObject object, String key, String path) {
        String value = string(object, key, path);
        if (XapiFormats.timestamp(value).isEmpty()) {
            throw bad(path + ": must be an ISO 8601 timestamp such as 2026-03-01T12:00:00.000Z, was " + value);
        }
    }

    private static Double number(JsonObject object, String key, String path) {
        if (!object.containsKey(key)) {
            return null;
        }
        if (object.get(key).getValueType() != ValueType.NUMBER) {
            throw bad(path + "." + key + ": must be a number");
        }
        return object.getJsonNumber(key).doubleValue();
    }

    static JsonObject object(JsonValue value, String path) {
        if (value == null || value.getValueType() != ValueType.OBJECT) {
            throw bad(path + ": must be a JSON object");
        }
        return value.asJsonObject();
    }

    static JsonArray array(JsonValue value, String path) {
        if (value == null || value.getValueType() != ValueType.ARRAY) {
            throw bad(path + ": must be a JSON array");
        }
        return value.asJsonArray();
    }

    static String string(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() != ValueType.STRING) {
            throw bad(path + ": must be a string");
        }
        return ((JsonString) value).getString();
    }

    private static void allowOnly(JsonObject object, Set<String> allowed, String path) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw bad(path + ": unknown property \"" + key + "\"");
            }
        }
    }

    private static void requireAll(JsonObject object, String path, String... keys) {
        for (String key : keys) {
            if (!object.containsKey(key) || object.get(key).getValueType() == ValueType.NULL) {
                throw bad(path + ": \"" + key + "\" is required");
            }
        }
    }

    private static XapiException bad(String message) {
        return XapiException.badRequest(message);
    }
}
