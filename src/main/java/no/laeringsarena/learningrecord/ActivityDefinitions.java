package no.laeringsarena.learningrecord;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * How the LRS merges a newer definition of an activity into the one it has (xAPI: the LRS may update its canonical
 * definition): the newer properties win, and the language maps {@code name} and {@code description} gather every
 * language, the newer text winning for a language both have. The same rule as the SQL in {@link StatementStore}.
 */
final class ActivityDefinitions {

    private ActivityDefinitions() {
    }

    static JsonObject merge(JsonObject older, JsonObject newer) {
        JsonObjectBuilder merged = JSON.createObjectBuilder(older);
        newer.forEach(merged::add);
        for (String languageMap : new String[] {"name", "description"}) {
            if (older.containsKey(languageMap) || newer.containsKey(languageMap)) {
                JsonObjectBuilder languages = JSON.createObjectBuilder(map(older, languageMap));
                map(newer, languageMap).forEach(languages::add);
                merged.add(languageMap, languages);
            }
        }
        return merged.build();
    }

    private static JsonObject map(JsonObject definition, String name) {
        JsonValue value = definition.get(name);
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }
}
