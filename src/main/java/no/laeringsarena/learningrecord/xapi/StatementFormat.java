package no.laeringsarena.learningrecord.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The "format" of returned statements. {@code exact}: as received. {@code ids}: agents, groups, activities and verbs
 * reduced to what identifies them. {@code canonical}: returned as exact for now (allowed while the LRS keeps no
 * canonical language maps of its own).
 */
public enum StatementFormat {
    IDS, EXACT, CANONICAL;

    private static final Set<String> AGENT_ID_KEYS = Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account");

    public static StatementFormat parse(String value) {
        try {
            return StatementFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw XapiException.badRequest("format: must be ids, exact or canonical, was " + value);
        }
    }

    public JsonObject apply(JsonObject statement) {
        return this == IDS ? idsOnly(statement) : statement;
    }

    static JsonObject idsOnly(JsonObject statement) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : statement.entrySet()) {
            out.add(entry.getKey(), reduce(entry.getKey(), entry.getValue()));
        }
        return out.build();
    }

    private static JsonValue reduce(String key, JsonValue value) {
        if (value.getValueType() == ValueType.ARRAY) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (JsonValue item : (JsonArray) value) {
                array.add(reduce(key, item));
            }
            return array.build();
        }
        if (value.getValueType() != ValueType.OBJECT) {
            return value;
        }
        JsonObject object = value.asJsonObject();
        if ("verb".equals(key)) {
            return Json.createObjectBuilder().add("id", object.getString("id")).build();
        }
        String objectType = object.getString("objectType", null);
        boolean agentLike = "Agent".equals(objectType) || "Group".equals(objectType)
                || Set.of("actor", "authority", "instructor", "team", "member", "agent", "group").contains(key);
        if (agentLike && Agents.key(object).isPresent()) {
            JsonObjectBuilder out = Json.createObjectBuilder();
            object.forEach((k, v) -> {
                if (AGENT_ID_KEYS.contains(k)) {
                    out.add(k, v);
                }
            });
            return out.build();
        }
        if (object.containsKey("definition") && object.containsKey("id")) {
            return Json.createObjectBuilder().add("objectType", "Activity").add("id", object.getString("id")).build();
        }
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            boolean isExtensions = "extensions".equals(entry.getKey());
            out.add(entry.getKey(), isExtensions ? entry.getValue() : reduce(entry.getKey(), entry.getValue()));
        }
        return out.build();
    }
}
