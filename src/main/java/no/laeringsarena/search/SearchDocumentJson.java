package no.laeringsarena.search;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link SearchDocument} as the JSON text the search outbox keeps, and back. */
public final class SearchDocumentJson {

    private SearchDocumentJson() {
    }

    public static String write(SearchDocument d) {
        JsonObjectBuilder facets = JSON.createObjectBuilder();
        d.facets().forEach((name, values) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(array::add);
            facets.add(name, array);
        });
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", d.id()).add("type", d.type());
        addIfPresent(o, "title", d.title());
        addIfPresent(o, "body", d.body());
        addIfPresent(o, "language", d.language());
        addIfPresent(o, "url", d.url());
        return o.add("facets", facets).build().toString();
    }

    public static SearchDocument read(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, List<String>> facets = new LinkedHashMap<>();
            JsonObject f = o.getJsonObject("facets");
            if (f != null) {
                f.forEach((name, values) -> facets.put(name, values.asJsonArray().getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).toList()));
            }
            return new SearchDocument(o.getString("id"), o.getString("type"), text(o, "title"), text(o, "body"),
                    text(o, "language"), text(o, "url"), facets);
        }
    }

    private static void addIfPresent(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
