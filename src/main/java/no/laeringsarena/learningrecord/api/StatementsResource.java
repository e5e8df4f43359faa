package no.laeringsarena.learningrecord.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.laeringsarena.learningrecord.LrsClient;
import no.laeringsarena.learningrecord.LrsScope.Need;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.learningrecord.xapi.AttachmentData;
import no.laeringsarena.learningrecord.xapi.JsonText;
import no.laeringsarena.learningrecord.xapi.Languages;
import no.laeringsarena.learningrecord.xapi.Multipart;
import no.laeringsarena.learningrecord.xapi.StatementAttachments;
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import no.laeringsarena.learningrecord.xapi.StatementValidator;
import no.laeringsarena.learningrecord.xapi.XapiException;
import no.laeringsarena.learningrecord.xapi.XapiFormats;
import no.laeringsarena.platform.PlatformSettings;

/**
 * The Statement resource: PUT, POST (single or atomic batch; application/json, or multipart/mixed with attachment data
 * and signatures), GET (single, voided, filtered with paging; exact, ids or canonical; optionally with attachments as
 * multipart/mixed), HEAD.
 */
@Path("statements")
public class StatementsResource {

    /** The largest statement request accepted, attachments included. */
    static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

    @Inject
    StatementStore store;

    @Inject
    PlatformSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @PUT
    public Response put(InputStream in, @HeaderParam("Content-Type") String contentType) {
        LrsClient client = XapiCaller.require(request, Need.WRITE_STATEMENTS);
        onlyParameters("statementId");
        String statementId = uri.getQueryParameters().getFirst("statementId");
        if (statementId == null || !XapiFormats.isUuid(statementId)) {
            throw XapiException.badRequest("PUT needs the statementId parameter (a UUID)");
        }
        Received received = receive(in, contentType);
        JsonValue value = received.json();
        JsonObject statement = value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        if (statement == null) {
            throw XapiException.badRequest("PUT takes one statement (a JSON object)");
        }
        if (statement.containsKey("id") && !statementId.equalsIgnoreCase(statement.getString("id", ""))) {
            throw XapiException.badRequest("the statement's id differs from the statementId parameter");
        }
        if (!statement.containsKey("id")) {
            statement = Json.createObjectBuilder(statement).add("id", statementId.toLowerCase(Locale.ROOT)).build();
        }
        List<JsonObject> statements = List.of(statement);
        StatementValidator.validateAll(statements);
        XapiCaller.checkStatements(client, statements);
        Map<String, AttachmentData> attachments = StatementAttachments.match(statements, received.attachmentParts());
        store.store(statements, attachments, authority(client), client.getClientKey());
        return withConsistency(Response.noContent()).build();
    }

    @POST
    public Response post(InputStream in, @HeaderParam("Content-Type") String contentType) {
        LrsClient client = XapiCaller.require(request, Need.WRITE_STATEMENTS);
        onlyParameters();
        Received received = receive(in, contentType);
        JsonValue value = received.json();
        List<JsonObject> statements = new ArrayList<>();
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = value.asJsonArray();
            if (array.isEmpty()) {
                throw XapiException.badRequest("the batch is empty");
            }
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw XapiException.badRequest("statement [" + i + "]: must be a JSON object");
                }
                statements.add(array.get(i).asJsonObject());
            }
        } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            statements.add(value.asJsonObject());
        } else {
            throw XapiException.badRequest("POST takes a statement or an array of statements");
        }
        StatementValidator.validateAll(statements);
        XapiCaller.checkStatements(client, statements);
        Map<String, AttachmentData> attachments = StatementAttachments.match(statements, received.attachmentParts());
        List<UUID> ids = store.store(statements, attachments, authority(client), client.getClientKey());
        JsonArrayBuilder out = Json.createArrayBuilder();
        ids.forEach(id -> out.add(id.toString()));
        return withConsistency(Response.ok(out.build().toString(), MediaType.APPLICATION_JSON_TYPE)).build();
    }

    @GET
    public Response get() {
        XapiCaller.require(request, Need.READ_STATEMENTS);
        StatementQuery query = StatementQuery.parse(uri.getQueryParameters());
        if (query.single()) {
            JsonObject statement = (query.statementId() != null
                    ? store.findNotVoided(query.statementId()) : store.findVoided(query.voidedStatementId()))
                    .orElseThrow(() -> XapiException.notFound("no such statement"));
            return withConsistency(answer(query, format(query, statement), List.of(statement)))
                    .header("Last-Modified", lastModified(statement.getString("stored"))).build();
        }
        return page(query, null);
    }

    /** The statement in the query's format; canonical uses the LRS's activity definitions and Accept-Language. */
    private JsonObject format(StatementQuery query, JsonObject statement) {
        return query.format().apply(statement, store::activityDefinition,
                Languages.preferred(request.getHeader("Accept-Language")));
    }

    /**
     * application/json, or with attachments=true multipart/mixed: the JSON first, then the data of every attachment
     * of the statements that the LRS keeps (each with Content-Transfer-Encoding binary and X-Experience-API-Hash).
     */
    private Response.ResponseBuilder answer(StatementQuery query, JsonObject json, List<JsonObject> statements) {
        if (!query.attachments()) {
            return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE);
        }
        List<String> sha2s = new ArrayList<>();
        statements.forEach(s -> StatementAttachments.attachments(s).forEach(a -> sha2s.add(a.getString("sha2"))));
        List<Multipart.Part> parts = new ArrayList<>();
        parts.add(new Multipart.Part(Map.of("Content-Type", "application/json"),
                json.toString().getBytes(StandardCharsets.UTF_8)));
        for (AttachmentData data : store.attachmentData(sha2s)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", data.contentType());
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("X-Experience-API-Hash", data.sha2());
            parts.add(new Multipart.Part(headers, data.content()));
        }
        String boundary = "xapi-" + UUID.randomUUID();
        return Response.ok(Multipart.write(boundary, parts), "multipart/mixed; boundary=" + boundary);
    }

    /** The stored timestamp as an HTTP date. */
    private static String lastModified(String stored) {
        return XapiFormats.timestamp(stored)
                .map(t -> DateTimeFormatter.RFC_1123_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC)))
                .orElse(stored);
    }

    /** The "more" link of a previous result: the same query, continuing after the last statement returned. */
    @GET
    @Path("more/{token}")
    public Response more(@PathParam("token") String token) {
        XapiCaller.require(request, Need.READ_STATEMENTS);
        onlyParameters();
        JsonObject state;
        try {
            state = StatementQuery.parseObject(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8), "more");
            return page(StatementQuery.fromJson(state.getJsonObject("query")), state.getJsonNumber("after").longValue());
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw XapiException.badRequest("this more link is not valid");
        }
    }

    private Response page(StatementQuery query, Long after) {
        StatementStore.Page page = store.query(query, after);
        JsonArrayBuilder statements = Json.createArrayBuilder();
        page.statements().forEach(s -> statements.add(format(query, s)));
        String more = "";
        if (page.continueAfter() != null) {
            JsonObject state = Json.createObjectBuilder().add("query", query.toJson()).add("after", page.continueAfter()).build();
            more = uri.getBaseUri().getRawPath() + "statements/more/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(state.toString().getBytes(StandardCharsets.UTF_8));
        }
        JsonObject result = Json.createObjectBuilder().add("statements", statements).add("more", more).build();
        return withConsistency(answer(query, result, page.statements())).build();
    }

    /** The client that stored a statement, as its authority. */
    private JsonObject authority(LrsClient client) {
        String home = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", client.getName())
                .add("account", Json.createObjectBuilder().add("homePage", home + "/xapi").add("name", client.getClientKey()))
                .build();
    }

    private void onlyParameters(String... allowed) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!List.of(allowed).contains(name)) {
                throw XapiException.badRequest("unknown query parameter \"" + name + "\" for this request");
            }
        }
    }

    /** The statement(s) of a request, and the attachment parts when it is multipart/mixed. */
    record Received(JsonValue json, List<Multipart.Part> attachmentParts) {
    }

    /**
     * application/json, or multipart/mixed whose first part is application/json with all the statements and whose
     * other parts are attachment data. The body is bounded ({@link #MAX_BODY_BYTES}).
     */
    static Received receive(InputStream in, String contentType) {
        byte[] body = readBounded(in);
        if (Multipart.isMultipartMixed(contentType)) {
            List<Multipart.Part> parts = Multipart.parse(body, contentType);
            if (parts.isEmpty() || !"application/json".equals(parts.get(0).mediaType())) {
                throw XapiException.badRequest("the first part of a multipart/mixed statement request must be "
                        + "application/json and hold the statements");
            }
            return new Received(parse(new String(parts.get(0).content(), StandardCharsets.UTF_8)),
                    parts.subList(1, parts.size()));
        }
        if (contentType == null || !"application/json".equals(Multipart.mediaType(contentType))) {
            throw XapiException.badRequest("statements must be sent as application/json, or as multipart/mixed "
                    + "with attachments");
        }
        return new Received(parse(new String(body, StandardCharsets.UTF_8)), List.of());
    }

    private static byte[] readBounded(InputStream in) {
        try {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new XapiException(413, "payload_too_large",
                        "a statement request may be at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB, attachments included");
            }
            return body;
        } catch (IOException e) {
            throw XapiException.badRequest("the request body could not be read");
        }
    }

    static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw XapiException.badRequest("the request has no body");
        }
        try {
            return JsonText.parse(body);
        } catch (JsonException e) {
            throw XapiException.badRequest("the body is not valid JSON: " + e.getMessage());
        }
    }

    private static Response.ResponseBuilder withConsistency(Response.ResponseBuilder response) {
        return response.header("X-Experience-API-Consistent-Through", StatementStore.consistentThrough());
    }

}
