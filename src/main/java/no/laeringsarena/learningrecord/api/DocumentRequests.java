package no.laeringsarena.learningrecord.api;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.laeringsarena.learningrecord.DocumentKey;
import no.laeringsarena.learningrecord.DocumentStore;
import no.laeringsarena.learningrecord.xapi.Agents;
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import no.laeringsarena.learningrecord.xapi.XapiException;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/** What the three document resources share: parameter checks and the GET / PUT / POST / DELETE answers. */
final class DocumentRequests {

    private DocumentRequests() {
    }

    static void allowOnly(MultivaluedMap<String, String> parameters, Set<String> allowed) {
        for (var entry : parameters.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw XapiException.badRequest("unknown query parameter \"" + entry.getKey()
                        + "\" (parameter names are case-sensitive)");
            }
            if (entry.getValue().size() > 1) {
                throw XapiException.badRequest("query parameter \"" + entry.getKey() + "\" given more than once");
            }
        }
    }

    static String required(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null || value.isEmpty()) {
            throw XapiException.badRequest("the " + name + " parameter is required");
        }
        return value;
    }

    static String activityId(MultivaluedMap<String, String> parameters) {
        String activityId = required(parameters, "activityId");
        if (!XapiFormats.isIri(activityId)) {
            throw XapiException.badRequest("activityId: must be an IRI");
        }
        return activityId;
    }

    static String agentKey(MultivaluedMap<String, String> parameters) {
        String json = required(parameters, "agent");
        return Agents.requiredKey(StatementQuery.parseObject(json, "agent"), "agent");
    }

    static UUID registration(MultivaluedMap<String, String> parameters) {
        String value = parameters.getFirst("registration");
        return value == null ? null
                : XapiFormats.uuid(value).orElseThrow(() -> XapiException.badRequest("registration: must be a UUID"));
    }

    static OffsetDateTime since(MultivaluedMap<String, String> parameters) {
        String value = parameters.getFirst("since");
        return value == null ? null
                : XapiFormats.timestamp(value).orElseThrow(() -> XapiException.badRequest("since: must be an ISO 8601 timestamp"));
    }

    static Response get(DocumentStore store, DocumentKey key, OffsetDateTime since) {
        if (key.documentId() == null) {
            List<String> ids = store.ids(key, since);
            JsonArrayBuilder out = JSON.createArrayBuilder();
            ids.forEach(out::add);
            return Response.ok(out.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (since != null) {
            throw XapiException.badRequest("since is only allowed when listing document ids");
        }
        DocumentStore.Document document = store.find(key).orElseThrow(() -> XapiException.notFound("no such document"));
        return Response.ok(document.content(), document.contentType())
                .header("ETag", "\"" + document.etag() + "\"")
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        document.updated().withOffsetSameInstant(ZoneOffset.UTC)))
                .build();
    }

    static Response write(DocumentStore store, DocumentKey key, byte[] body, String contentType, String ifMatch,
                          String ifNoneMatch, boolean merge, boolean requireHeader) {
        if (key.documentId() == null) {
            throw XapiException.badRequest("the document id parameter is required");
        }
        store.write(key, body == null ? new byte[0] : body,
                contentType == null ? "application/octet-stream" : contentType, ifMatch, ifNoneMatch, merge, requireHeader);
        return Response.noContent().build();
    }
}
