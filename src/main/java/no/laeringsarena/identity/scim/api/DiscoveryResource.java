package no.laeringsarena.identity.scim.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.laeringsarena.identity.scim.ScimException;
import no.laeringsarena.identity.scim.ScimProvisioning;
import no.laeringsarena.identity.scim.ScimSchemas;

/** RFC 7644 §4 discovery: what this service provider supports, its resource types and their schemas (open). */
@Path("")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

    @Context
    UriInfo uri;

    @GET
    @Path("ServiceProviderConfig")
    public Response serviceProviderConfig() {
        JsonObject config = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.SERVICE_PROVIDER_CONFIG))
                .add("documentationUri", "https://datatracker.ietf.org/doc/html/rfc7644")
                .add("patch", supported(true))
                .add("bulk", Json.createObjectBuilder().add("supported", false).add("maxOperations", 0).add("maxPayloadSize", 0))
                .add("filter", Json.createObjectBuilder().add("supported", true).add("maxResults", ScimProvisioning.MAX_PAGE))
                .add("changePassword", supported(false))
                .add("sort", supported(false))
                .add("etag", supported(false))
                .add("authenticationSchemes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "oauthbearertoken").add("name", "Bearer token")
                        .add("description", "A token the organisation administrator creates on organisasjon/scim.xhtml")
                        .add("primary", true)))
                .add("meta", Json.createObjectBuilder().add("resourceType", "ServiceProviderConfig")
                        .add("location", uri.getBaseUri().resolve("ServiceProviderConfig").toString()))
                .build();
        return UsersResource.ok(config.toString());
    }

    @GET
    @Path("ResourceTypes")
    public Response resourceTypes() {
        JsonArray types = Json.createArrayBuilder().add(resourceType("User", "Users", ScimSchemas.USER))
                .add(resourceType("Group", "Groups", ScimSchemas.GROUP)).build();
        return UsersResource.ok(list(types).toString());
    }

    @GET
    @Path("ResourceTypes/{name}")
    public Response resourceType(@PathParam("name") String name) {
        return switch (name) {
            case "User" -> UsersResource.ok(resourceType("User", "Users", ScimSchemas.USER).toString());
            case "Group" -> UsersResource.ok(resourceType("Group", "Groups", ScimSchemas.GROUP).toString());
            default -> throw ScimException.notFound("ResourceType " + name);
        };
    }

    @GET
    @Path("Schemas")
    public Response schemas() {
        return UsersResource.ok(list(Json.createArrayBuilder().add(userSchema()).add(groupSchema()).build()).toString());
    }

    @GET
    @Path("Schemas/{id}")
    public Response schema(@PathParam("id") String id) {
        if (id.equals(ScimSchemas.USER)) {
            return UsersResource.ok(userSchema().toString());
        }
        if (id.equals(ScimSchemas.GROUP)) {
            return UsersResource.ok(groupSchema().toString());
        }
        throw ScimException.notFound("Schema " + id);
    }

    private JsonObject resourceType(String name, String endpoint, String schema) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.RESOURCE_TYPE))
                .add("id", name).add("name", name).add("endpoint", "/" + endpoint).add("schema", schema)
                .add("meta", Json.createObjectBuilder().add("resourceType", "ResourceType")
                        .add("location", uri.getBaseUri().resolve("ResourceTypes/" + name).toString()))
                .build();
    }

    private JsonObject userSchema() {
        JsonObject name = attribute("name", "complex", false, false, "readWrite", "none")
                .add("subAttributes", Json.createArrayBuilder()
                        .add(attribute("formatted", "string", false, false, "readWrite", "none")))
                .build();
        JsonObject emails = attribute("emails", "complex", true, false, "readWrite", "none")
                .add("description", "One work address, the same as userName")
                .add("subAttributes", Json.createArrayBuilder()
                        .add(attribute("value", "string", false, false, "readWrite", "server"))
                        .add(attribute("type", "string", false, false, "readWrite", "none"))
                        .add(attribute("primary", "boolean", false, false, "readWrite", "none")))
                .build();
        JsonObject groups = attribute("groups", "complex", true, false, "readOnly", "none")
                .add("description", "The unit (enhet) the person is placed in")
                .add("subAttributes", Json.createArrayBuilder()
                        .add(attribute("value", "string", false, false, "readOnly", "none"))
                        .add(attribute("display", "string", false, false, "readOnly", "none")))
                .build();
        JsonArrayBuilder attributes = Json.createArrayBuilder()
                .add(attribute("userName", "string", false, true, "readWrite", "server")
                        .add("description", "The person's e-mail address, their login"))
                .add(name)
                .add(attribute("displayName", "string", false, false, "readWrite", "none"))
                .add(emails)
                .add(attribute("active", "boolean", false, false, "readWrite", "none")
                        .add("description", "false: the account cannot log in; its history stays"))
                .add(groups);
        return schema(ScimSchemas.USER, "User", attributes);
    }

    private JsonObject groupSchema() {
        JsonObject members = attribute("members", "complex", true, false, "readWrite", "none")
                .add("description", "The people placed in the unit")
                .add("subAttributes", Json.createArrayBuilder()
                        .add(attribute("value", "string", false, false, "immutable", "none"))
                        .add(attribute("display", "string", false, false, "readOnly", "none")))
                .build();
        JsonArrayBuilder attributes = Json.createArrayBuilder()
                .add(attribute("displayName", "string", false, true, "readWrite", "none")
                        .add("description", "The unit's name"))
                .add(members);
        return schema(ScimSchemas.GROUP, "Group", attributes);
    }

    private JsonObject schema(String id, String name, JsonArrayBuilder attributes) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.SCHEMA))
                .add("id", id).add("name", name).add("attributes", attributes)
                .add("meta", Json.createObjectBuilder().add("resourceType", "Schema")
                        .add("location", uri.getBaseUri().resolve("Schemas/" + id).toString()))
                .build();
    }

    private static JsonObjectBuilder attribute(String name, String type, boolean multiValued, boolean required,
                                               String mutability, String uniqueness) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("multiValued", multiValued)
                .add("required", required).add("caseExact", false).add("mutability", mutability)
                .add("returned", "default").add("uniqueness", uniqueness);
    }

    private static JsonObjectBuilder supported(boolean supported) {
        return Json.createObjectBuilder().add("supported", supported);
    }

    private static JsonObject list(JsonArray resources) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
                .add("totalResults", resources.size()).add("itemsPerPage", resources.size()).add("startIndex", 1)
                .add("Resources", resources.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : resources)
                .build();
    }
}
