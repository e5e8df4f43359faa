package no.laeringsarena.identity.scim.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import no.laeringsarena.identity.scim.ScimException;
import no.laeringsarena.identity.scim.ScimProvisioning;
import no.laeringsarena.identity.scim.ScimSchemas;

/** Users, Groups and list responses as RFC 7643 JSON, and request bodies read from it. */
final class ScimJson {

    static final int MAX_BODY = 1_000_000;

    private ScimJson() {
    }

    static JsonObject read(String body) {
        if (body == null || body.isBlank()) {
            throw ScimException.badRequest("invalidSyntax", "the request needs a JSON body");
        }
        if (body.length() > MAX_BODY) {
            throw new ScimException(413, null, "the request body is too large");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ScimException.badRequest("invalidSyntax", "the body is not a JSON object");
        }
    }

    static JsonObject user(ScimProvisioning.UserView u, URI base) {
        String location = base.resolve("Users/" + u.id()).toString();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.USER))
                .add("id", String.valueOf(u.id()));
        if (u.externalId() != null) {
            json.add("externalId", u.externalId());
        }
        json.add("userName", u.userName())
                .add("name", Json.createObjectBuilder().add("formatted", u.displayName()))
                .add("displayName", u.displayName())
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("value", u.userName()).add("type", "work").add("primary", true)))
                .add("active", u.active());
        JsonArrayBuilder groups = Json.createArrayBuilder();
        if (u.groupId() != null) {
            groups.add(Json.createObjectBuilder().add("value", String.valueOf(u.groupId()))
                    .add("$ref", base.resolve("Groups/" + u.groupId()).toString()).add("display", u.groupName())
                    .add("type", "direct"));
        }
        json.add("groups", groups);
        json.add("meta", meta("User", u.created() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(u.created()), location));
        return json.build();
    }

    static JsonObject group(ScimProvisioning.GroupView g, URI base) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        g.members().forEach(m -> members.add(Json.createObjectBuilder().add("value", String.valueOf(m.id()))
                .add("$ref", base.resolve("Users/" + m.id()).toString()).add("display", m.display()).add("type", "User")));
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.GROUP))
                .add("id", String.valueOf(g.id()))
                .add("displayName", g.displayName())
                .add("members", members)
                .add("meta", meta("Group", g.created() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(g.created()),
                        base.resolve("Groups/" + g.id()).toString()))
                .build();
    }

    static <T> JsonObject list(ScimProvisioning.Page<T> page, Function<T, JsonObject> asJson) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        List<T> items = page.resources();
        items.forEach(item -> resources.add(asJson.apply(item)));
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
                .add("totalResults", page.total())
                .add("itemsPerPage", items.size())
                .add("startIndex", page.startIndex())
                .add("Resources", resources)
                .build();
    }

    private static JsonObjectBuilder meta(String resourceType, String created, String location) {
        JsonObjectBuilder meta = Json.createObjectBuilder().add("resourceType", resourceType);
        if (created != null) {
            meta.add("created", created);
        }
        return meta.add("location", location);
    }

    /** startIndex and count of RFC 7644 §3.4.2.4: below 1 is 1, a negative count is 0, at most MAX_PAGE. */
    static int startIndex(String value) {
        return Math.max(1, number(value, 1, "startIndex"));
    }

    static int count(String value) {
        return Math.min(ScimProvisioning.MAX_PAGE, Math.max(0, number(value, 100, "count")));
    }

    private static int number(String value, int absent, String name) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ScimException.badRequest("invalidValue", name + " must be a whole number");
        }
    }
}
