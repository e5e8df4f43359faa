package no.laeringsarena.learningrecord.xapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the LRS fills in on every statement it stores: id (if absent), stored, timestamp (if absent), authority, version. */
public final class StatementCompletion {

    private StatementCompletion() {
    }

    public static JsonObject complete(JsonObject statement, UUID id, OffsetDateTime stored, JsonObject authority) {
        JsonObjectBuilder out = Json.createObjectBuilder(statement);
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
}
