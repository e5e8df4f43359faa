package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The "format" of returned statements. {@code exact}: as received. {@code ids}: agents, groups, activities and verbs
 * reduced to what identifies them (an anonymous group keeps its members, reduced too). {@code canonical}: activities
 * carry the LRS's canonical definition, and activity and verb language maps keep only the one language that suits
 * the caller's Accept-Language best.
 */
public enum StatementFormat {
    IDS, EXACT, CANONICAL;

    private static final Set<String> AGENT_ID_KEYS = Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_POSITIONS = Set.of("actor", "authority", "instructor", "team", "member",
            "agent", "group");
    private static final Set<String> DEFINITION_LANGUAGE_MAPS = Set.of("name", "description");
    private static final Set<String> INTERACTION_COMPONENTS = Set.of("choices", "scale", "source", "target", "steps");

    public static StatementFormat parse(String value) {
        try {
            return StatementFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw XapiException.badRequest("format: must be ids, exact or canonical, was " + value);
        }
    }

    /** exact and ids; canonical without a definition store or language preference (first language of each map). */
    public JsonObject apply(JsonObject statement) {
        return apply(statement, id -> Optional.empty(), List.of());
    }

    /**
     * @param definitions the LRS's canonical definition of an activity id, if it has one
     * @param languages   the caller's languages, most preferred first (from Accept-Language)
     */
    public JsonObject apply(JsonObject statement, Function<String, Optional<JsonObject>> definitions,
                            List<String> languages) {
        return switch (this) {
            case EXACT -> statement;
            case IDS -> idsOnly(statement);
            case CANONICAL -> new Canonical(definitions, languages).statement(statement);
        };
    }

    static JsonObject idsOnly(JsonObject statement) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : statement.entrySet()) {
            out.add(entry.getKey(), reduce(entry.getKey(), entry.getValue()));
        }
        return out.build();
    }

    private static JsonValue reduce(String key, JsonValue value) {
        if (value.getValueType() == ValueType.ARRAY) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (JsonValue item : (JsonArray) value) {
                array.add(reduce(key, item));
            }
            return array.build();
        }
        if (value.getValueType() != ValueType.OBJECT || "extensions".equals(key)) {
            return value;
        }
        JsonObject object = value.asJsonObject();
        if ("verb".equals(key)) {
            return JSON.createObjectBuilder().add("id", object.getString("id")).build();
        }
        String objectType = object.getString("objectType", null);
        boolean agentLike = "Agent".equals(objectType) || "Group".equals(objectType) || AGENT_POSITIONS.contains(key);
        if (agentLike) {
            JsonObjectBuilder out = JSON.createObjectBuilder();
            boolean identified = Agents.key(object).isPresent();
            object.forEach((k, v) -> {
                if (AGENT_ID_KEYS.contains(k) || (!identified && "member".equals(k))) {
                    out.add(k, "member".equals(k) ? reduce(k, v) : v);
                }
            });
            return out.build();
        }
        if (isActivity(key, object)) {
            return JSON.createObjectBuilder().add("id", object.getString("id")).build();
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            out.add(entry.getKey(), reduce(entry.getKey(), entry.getValue()));
        }
        return out.build();
    }

    /** An Activity: the object of a statement (objectType absent or Activity) or an item of contextActivities. */
    private static boolean isActivity(String key, JsonObject object) {
        String objectType = object.getString("objectType", "Activity");
        return "Activity".equals(objectType) && object.containsKey("id")
                && object.get("id").getValueType() == ValueType.STRING
                && Set.of("object", "parent", "grouping", "category", "other").contains(key);
    }

    /** The canonical view of one statement. */
    private record Canonical(Function<String, Optional<JsonObject>> definitions, List<String> languages) {

        JsonObject statement(JsonObject statement) {
            JsonObjectBuilder out = JSON.createObjectBuilder();
            for (Map.Entry<String, JsonValue> entry : statement.entrySet()) {
                out.add(entry.getKey(), value(entry.getKey(), entry.getValue()));
            }
            return out.build();
        }

        private JsonValue value(String key, JsonValue value) {
            if (value.getValueType() == ValueType.ARRAY) {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (JsonValue item : (JsonArray) value) {
                    array.add(value(key, item));
                }
                return array.build();
            }
            if (value.getValueType() != ValueType.OBJECT || "extensions".equals(key)) {
                return value;
            }
            JsonObject object = value.asJsonObject();
            if ("verb".equals(key)) {
                JsonObjectBuilder verb = JSON.createObjectBuilder(object);
                if (object.containsKey("display")) {
                    verb.add("display", Languages.pick(object.getJsonObject("display"), languages));
                }
                return verb.build();
            }
            if (isActivity(key, object)) {
                JsonObject definition = definitions.apply(object.getString("id"))
                        .or(() -> Optional.ofNullable(object.getJsonObject("definition"))).orElse(null);
                JsonObjectBuilder activity = JSON.createObjectBuilder(object);
                if (definition != null) {
                    activity.add("definition", definition(definition));
                }
                return activity.build();
            }
            JsonObjectBuilder out = JSON.createObjectBuilder();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                out.add(entry.getKey(), value(entry.getKey(), entry.getValue()));
            }
            return out.build();
        }

        private JsonObject definition(JsonObject definition) {
            JsonObjectBuilder out = JSON.createObjectBuilder(definition);
            for (String map : DEFINITION_LANGUAGE_MAPS) {
                if (definition.get(map) instanceof JsonObject languageMap) {
                    out.add(map, Languages.pick(languageMap, languages));
                }
            }
            for (String list : INTERACTION_COMPONENTS) {
                if (definition.get(list) instanceof JsonArray components) {
                    JsonArrayBuilder array = JSON.createArrayBuilder();
                    for (JsonValue component : components) {
                        if (component instanceof JsonObject c && c.get("description") instanceof JsonObject d) {
                            array.add(JSON.createObjectBuilder(c).add("description", Languages.pick(d, languages)));
                        } else {
                            array.add(component);
                        }
                    }
                    out.add(list, array);
                }
            }
            return out.build();
        }
    }
}
