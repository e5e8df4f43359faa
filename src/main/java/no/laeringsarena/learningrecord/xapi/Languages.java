package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Choosing one language of a language map by the caller's Accept-Language (RFC 4647 lookup, simplified). */
public final class Languages {

    private Languages() {
    }

    /** The language ranges of an Accept-Language header, most preferred first ("*" and q=0 left out). */
    public static List<String> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        record Range(String tag, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] items = acceptLanguage.split(",");
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].trim().split(";");
            String tag = parts[0].trim();
            double q = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (!tag.isEmpty() && !"*".equals(tag) && q > 0) {
                ranges.add(new Range(tag, q, i));
            }
        }
        return ranges.stream().sorted(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order))
                .map(Range::tag).toList();
    }

    /**
     * The map reduced to one entry: the first preferred language present (exactly, or as a more or less specific tag
     * of it), else "und", else the map's first entry. An empty map stays empty.
     */
    public static JsonObject pick(JsonObject map, List<String> preferred) {
        if (map.size() <= 1) {
            return map;
        }
        for (String wanted : preferred) {
            String w = wanted.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, JsonValue> e : map.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(w)) {
                    return one(e);
                }
            }
            for (Map.Entry<String, JsonValue> e : map.entrySet()) {
                String k = e.getKey().toLowerCase(Locale.ROOT);
                if (k.startsWith(w + "-") || w.startsWith(k + "-")) {
                    return one(e);
                }
            }
        }
        for (Map.Entry<String, JsonValue> e : map.entrySet()) {
            if ("und".equalsIgnoreCase(e.getKey())) {
                return one(e);
            }
        }
        return one(map.entrySet().iterator().next());
    }

    private static JsonObject one(Map.Entry<String, JsonValue> entry) {
        return JSON.createObjectBuilder().add(entry.getKey(), entry.getValue()).build();
    }
}
