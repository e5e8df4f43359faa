package no.laeringsarena.identity.scim.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.laeringsarena.identity.scim.ScimException;
import no.laeringsarena.identity.scim.ScimFilter;
import no.laeringsarena.identity.scim.ScimPatch;
import no.laeringsarena.identity.scim.ScimProvisioning;
import no.laeringsarena.identity.scim.ScimSchemas;

/**
 * /scim/v2/Groups: the organisation's units (enheter); a group's members are the people placed in the unit. A person
 * is in at most one unit, so adding them to a group moves them out of the one they were in. New groups are made at
 * the top of the unit tree.
 */
@Path("Groups")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class GroupsResource {

    @Inject
    ScimProvisioning provisioning;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("startIndex") String startIndex,
                         @QueryParam("count") String count) {
        long organisation = ScimCaller.organisation(request);
        ScimFilter parsed = filter == null ? null : ScimFilter.parse(filter, ScimFilter.GROUP_ATTRIBUTES);
        ScimProvisioning.Page<ScimProvisioning.GroupView> page = provisioning.groups(organisation, parsed,
                ScimJson.startIndex(startIndex), ScimJson.count(count));
        return UsersResource.ok(ScimJson.list(page, g -> ScimJson.group(g, uri.getBaseUri())).toString());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return UsersResource.ok(ScimJson.group(provisioning.group(ScimCaller.organisation(request), id), uri.getBaseUri()).toString());
    }

    @POST
    @Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response create(String body) {
        long organisation = ScimCaller.organisation(request);
        JsonObject group = ScimJson.read(body);
        requireGroupSchema(group);
        String displayName = group.get("displayName") instanceof jakarta.json.JsonString s ? s.getString() : null;
        if (displayName == null || displayName.isBlank()) {
            throw ScimException.badRequest("invalidValue", "displayName is required");
        }
        List<String> members = group.containsKey("members") ? ScimPatch.memberIds(group.get("members")) : List.of();
        ScimProvisioning.GroupView created = provisioning.createGroup(organisation, displayName, members);
        return Response.created(uri.getBaseUri().resolve("Groups/" + created.id())).type(ScimSchemas.MEDIA_TYPE)
                .entity(ScimJson.group(created, uri.getBaseUri()).toString()).build();
    }

    @PATCH
    @Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("{id}")
    public Response patch(@PathParam("id") String id, String body) {
        long organisation = ScimCaller.organisation(request);
        return UsersResource.ok(ScimJson.group(provisioning.patchGroup(organisation, id, ScimJson.read(body)),
                uri.getBaseUri()).toString());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        provisioning.deleteGroup(ScimCaller.organisation(request), id);
        return Response.noContent().build();
    }

    private static void requireGroupSchema(JsonObject group) {
        if (!(group.get("schemas") instanceof jakarta.json.JsonArray schemas)
                || schemas.stream().noneMatch(s -> s instanceof jakarta.json.JsonString js && js.getString().equals(ScimSchemas.GROUP))) {
            throw ScimException.badRequest("invalidValue", "schemas must contain " + ScimSchemas.GROUP);
        }
    }
}
