package no.laeringsarena.learningrecord;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/**
 * One statement as a learner sees it in "Min læringshistorikk": what was done (a platform verb, or the statement's
 * own display text), with what (kind and name in the learner's language), when, and the outcome.
 */
public record HistoryLine(LearningVerb verb, String verbDisplay, LearningObjectKind kind, String objectName,
                          OffsetDateTime when, Boolean success, Double raw, Double max) {

    public static HistoryLine of(JsonObject statement, String baseUrl, String language) {
        JsonObject verbJson = statement.getJsonObject("verb");
        LearningVerb verb = LearningStatements.verbOf(verbJson.getString("id")).orElse(null);
        String verbDisplay = localized(verbJson.getJsonObject("display"), language).orElse(verbJson.getString("id"));
        JsonObject object = statement.getJsonObject("object");
        LearningObjectKind kind = null;
        String name = object.getString("id", "");
        if ("Activity".equals(object.getString("objectType", "Activity"))) {
            kind = LearningStatements.kindOf(baseUrl, object.getString("id")).orElse(null);
            JsonObject definition = object.getJsonObject("definition");
            if (definition != null) {
                name = localized(definition.getJsonObject("name"), language).orElse(name);
            }
        }
        OffsetDateTime when = XapiFormats.timestamp(statement.getString("timestamp", statement.getString("stored", "")))
                .orElse(null);
        Boolean success = null;
        Double raw = null;
        Double max = null;
        JsonObject result = statement.getJsonObject("result");
        if (result != null) {
            if (result.containsKey("success")) {
                success = result.getBoolean("success");
            }
            JsonObject score = result.getJsonObject("score");
            if (score != null && score.containsKey("raw") && score.containsKey("max")) {
                raw = score.getJsonNumber("raw").doubleValue();
                max = score.getJsonNumber("max").doubleValue();
            }
        }
        return new HistoryLine(verb, verbDisplay, kind, name, when, success, raw, max);
    }

    /** The text of a language map in the learner's language (nb, nn or en), else bokmål, else any. */
    static Optional<String> localized(JsonObject map, String language) {
        if (map == null || map.isEmpty()) {
            return Optional.empty();
        }
        List<String> preferred = switch (language) {
            case "nn" -> List.of("nn-NO", "nn", "nb-NO", "nb", "no", "en", "en-US", "en-GB");
            case "en" -> List.of("en", "en-US", "en-GB", "nb-NO", "nb");
            default -> List.of("nb-NO", "nb", "no", "nn-NO", "nn", "en", "en-US", "en-GB");
        };
        for (String tag : preferred) {
            JsonValue value = map.get(tag);
            if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                return Optional.of(map.getString(tag));
            }
        }
        return map.values().stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((jakarta.json.JsonString) v).getString()).findFirst();
    }
}
