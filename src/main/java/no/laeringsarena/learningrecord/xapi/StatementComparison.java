package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Map;

/**
 * Whether a statement received again with a known id is "the same" statement: differences the spec lists as exceptions
 * to immutability are ignored (id, stored, authority, version, timestamp serialisation, verb display, activity
 * definitions, e-mail domain case, single context activities as arrays, duration digits beyond 0.01 s); every other
 * difference counts.
 */
public final class StatementComparison {

    private StatementComparison() {
    }

    public static boolean same(JsonObject received, JsonObject stored) {
        JsonObject a = normalise(StatementCompletion.contextActivitiesAsArrays(received));
        JsonObject b = normalise(StatementCompletion.contextActivitiesAsArrays(stored));
        if (!received.containsKey("timestamp") || !stored.containsKey("timestamp")) {
            // a timestamp the LRS filled in is not part of what the client sent
            a = JSON.createObjectBuilder(a).remove("timestamp").build();
            b = JSON.createObjectBuilder(b).remove("timestamp").build();
        }
        return a.equals(b);
    }

    static JsonObject normalise(JsonObject statement) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : statement.entrySet()) {
            String key = entry.getKey();
            switch (key) {
                case "id", "stored", "authority", "version" -> { }
                case "timestamp" -> out.add(key, XapiFormats.timestamp(statement.getString(key))
                        .map(t -> XapiFormats.format(t)).orElse(statement.getString(key)));
                default -> out.add(key, strip(key, entry.getValue()));
            }
        }
        return out.build();
    }

    private static JsonValue strip(String key, JsonValue value) {
        if (value.getValueType() == ValueType.ARRAY) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (JsonValue item : (JsonArray) value) {
                array.add(strip(key, item));
            }
            return array.build();
        }
        if (value.getValueType() != ValueType.OBJECT) {
            return value;
        }
        JsonObject object = value.asJsonObject();
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String inner = entry.getKey();
            boolean verbDisplay = "verb".equals(key) && "display".equals(inner);
            boolean definition = "definition".equals(inner);
            if (verbDisplay || definition) {
                continue;
            }
            if ("duration".equals(inner) && entry.getValue().getValueType() == ValueType.STRING) {
                out.add(inner, hundredths(object.getString(inner)));
            } else if ("mbox".equals(inner) && entry.getValue().getValueType() == ValueType.STRING) {
                out.add(inner, Agents.normaliseMbox(object.getString(inner)));
            } else if ("objectType".equals(inner) && "Activity".equals(object.getString(inner, ""))) {
                continue; // Activity is the default objectType: present or absent means the same
            } else {
                out.add(inner, strip(inner, entry.getValue()));
            }
        }
        return out.build();
    }

    /** Durations compare to 0.01 s: further digits of the seconds are left out ("PT0.1237S" is "PT0.12S"). */
    static String hundredths(String duration) {
        return duration.replaceAll("(\\.\\d{2})\\d+S$", "$1S");
    }
}
