package no.laeringsarena.learningrecord.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.laeringsarena.learningrecord.LrsClient;
import no.laeringsarena.learningrecord.LrsScope.Need;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import no.laeringsarena.learningrecord.xapi.XapiException;
import no.laeringsarena.learningrecord.xapi.XapiFormats;
import no.laeringsarena.platform.PlatformSettings;

/** The Statement resource: PUT, POST (single or atomic batch), GET (single, voided, filtered with paging), HEAD. */
@Path("statements")
public class StatementsResource {

    @Inject
    StatementStore store;

    @Inject
    PlatformSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @PUT
    public Response put(String body, @HeaderParam("Content-Type") String contentType) {
        LrsClient client = XapiCaller.require(request, Need.WRITE_STATEMENTS);
        onlyParameters("statementId");
        String statementId = uri.getQueryParameters().getFirst("statementId");
        if (statementId == null || !XapiFormats.isUuid(statementId)) {
            throw XapiException.badRequest("PUT needs the statementId parameter (a UUID)");
        }
        requireJson(contentType);
        JsonObject statement = parse(body).getValueType() == JsonValue.ValueType.OBJECT
                ? parse(body).asJsonObject() : null;
        if (statement == null) {
            throw XapiException.badRequest("PUT takes one statement (a JSON object)");
        }
        if (statement.containsKey("id") && !statementId.equalsIgnoreCase(statement.getString("id", ""))) {
            throw XapiException.badRequest("the statement's id differs from the statementId parameter");
        }
        if (!statement.containsKey("id")) {
            statement = Json.createObjectBuilder(statement).add("id", statementId.toLowerCase(Locale.ROOT)).build();
        }
        store.store(List.of(statement), authority(client), client.getClientKey());
        return withConsistency(Response.noContent()).build();
    }

    @POST
    public Response post(String body, @HeaderParam("Content-Type") String contentType) {
        LrsClient client = XapiCaller.require(request, Need.WRITE_STATEMENTS);
        onlyParameters();
        requireJson(contentType);
        JsonValue value = parse(body);
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
        List<UUID> ids = store.store(statements, authority(client), client.getClientKey());
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
            return withConsistency(Response.ok(query.format().apply(statement).toString(), MediaType.APPLICATION_JSON_TYPE))
                    .header("Last-Modified", statement.getString("stored")).build();
        }
        return page(query, null);
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
        page.statements().forEach(s -> statements.add(query.format().apply(s)));
        String more = "";
        if (page.continueAfter() != null) {
            JsonObject state = Json.createObjectBuilder().add("query", query.toJson()).add("after", page.continueAfter()).build();
            more = uri.getBaseUri().getRawPath() + "statements/more/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(state.toString().getBytes(StandardCharsets.UTF_8));
        }
        JsonObject result = Json.createObjectBuilder().add("statements", statements).add("more", more).build();
        return withConsistency(Response.ok(result.toString(), MediaType.APPLICATION_JSON_TYPE)).build();
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

    static void requireJson(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest("statements must be sent as application/json"
                    + (contentType != null && contentType.startsWith("multipart/") ? " (attachments are not supported)" : ""));
        }
    }

    static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw XapiException.badRequest("the request has no body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw XapiException.badRequest("the body is not valid JSON: " + e.getMessage());
        }
    }

    private static Response.ResponseBuilder withConsistency(Response.ResponseBuilder response) {
        return response.header("X-Experience-API-Consistent-Through", StatementStore.consistentThrough());
    }

}
