package no.laeringsarena.elearning.scorm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of one attempt's data model, by full element name ({@code cmi.interactions.0.id}); stored as a JSON
 * object. Collections are counted from the indexes present.
 */
public final class CmiValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public CmiValues() {
    }

    public CmiValues(Map<String, String> initial) {
        values.putAll(initial);
    }

    public static CmiValues fromJson(String json) {
        CmiValues result = new CmiValues();
        if (json != null && !json.isBlank()) {
            try (var reader = Json.createReader(new StringReader(json))) {
                reader.readObject().forEach((k, v) -> result.values.put(k, ((JsonString) v).getString()));
            }
        }
        return result;
    }

    public String toJson() {
        return toJsonObject().toString();
    }

    public JsonObject toJsonObject() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach(b::add);
        return b.build();
    }

    public String get(String element) {
        return values.get(element);
    }

    public boolean has(String element) {
        return values.containsKey(element);
    }

    public void put(String element, String value) {
        values.put(element, value);
    }

    public void remove(String element) {
        values.remove(element);
    }

    /** How many entries a collection ({@code cmi.interactions}, {@code cmi.interactions.0.objectives}) has. */
    public int count(String collection) {
        String prefix = collection + ".";
        int count = 0;
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                int dot = rest.indexOf('.');
                String index = dot < 0 ? rest : rest.substring(0, dot);
                if (index.matches("\\d{1,6}")) {
                    count = Math.max(count, Integer.parseInt(index) + 1);
                }
            }
        }
        return count;
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
