package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the LRS fills in on every statement it stores: id (if absent), stored, timestamp (if absent), authority, version;
 * and a single context activity is stored as an array of one, as the LRS must return it so.
 */
public final class StatementCompletion {

    private StatementCompletion() {
    }

    public static JsonObject complete(JsonObject statement, UUID id, OffsetDateTime stored, JsonObject authority) {
        JsonObjectBuilder out = JSON.createObjectBuilder(contextActivitiesAsArrays(statement));
        out.add("id", id.toString());
        out.add("stored", XapiFormats.format(stored));
        if (!statement.containsKey("timestamp")) {
            out.add("timestamp", XapiFormats.format(stored));
        }
        out.add("authority", authority);
        if (!statement.containsKey("version")) {
            out.add("version", XapiFormats.VERSION);
        }
        return out.build();
    }

    /** The statement (and its SubStatement) with every contextActivities entry given as an array. */
    public static JsonObject contextActivitiesAsArrays(JsonObject statement) {
        JsonObjectBuilder out = JSON.createObjectBuilder(statement);
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject activities) {
            JsonObjectBuilder lists = JSON.createObjectBuilder();
            activities.forEach((kind, value) -> lists.add(kind, value instanceof JsonObject single
                    ? JSON.createArrayBuilder().add(single).build() : value));
            out.add("context", JSON.createObjectBuilder(context).add("contextActivities", lists));
        }
        if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString("objectType", ""))) {
            out.add("object", contextActivitiesAsArrays(object));
        }
        return out.build();
    }
}
