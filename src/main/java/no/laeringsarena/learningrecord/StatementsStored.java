package no.laeringsarena.learningrecord;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * Fired (synchronously, in the storing transaction) after statements are stored, as they were received and
 * validated. An observer may refuse them by throwing an {@link no.laeringsarena.learningrecord.xapi.XapiException}:
 * then nothing is stored. Observers must be idempotent: a statement stored again unchanged is reported again.
 */
public record StatementsStored(List<JsonObject> statements) {
}
