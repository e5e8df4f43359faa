package no.laeringsarena.identity.scim.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import no.laeringsarena.identity.scim.ScimFilter;
import no.laeringsarena.identity.scim.ScimProvisioning;
import no.laeringsarena.identity.scim.ScimSchemas;
import no.laeringsarena.identity.scim.ScimUser;

/** /scim/v2/Users: the organisation's people. DELETE deactivates: a person's history is never deleted. */
@Path("Users")
@Produces({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class UsersResource {

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
        ScimFilter parsed = filter == null ? null : ScimFilter.parse(filter, ScimFilter.USER_ATTRIBUTES);
        ScimProvisioning.Page<ScimProvisioning.UserView> page = provisioning.users(organisation, parsed,
                ScimJson.startIndex(startIndex), ScimJson.count(count));
        return ok(ScimJson.list(page, u -> ScimJson.user(u, base())).toString());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return ok(ScimJson.user(provisioning.user(ScimCaller.organisation(request), id), base()).toString());
    }

    @POST
    @Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response create(String body) {
        long organisation = ScimCaller.organisation(request);
        ScimProvisioning.UserView created = provisioning.createUser(organisation, ScimUser.fromResource(ScimJson.read(body)));
        return Response.created(base().resolve("Users/" + created.id())).type(ScimSchemas.MEDIA_TYPE)
                .entity(ScimJson.user(created, base()).toString()).build();
    }

    @PUT
    @Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("{id}")
    public Response replace(@PathParam("id") String id, String body) {
        long organisation = ScimCaller.organisation(request);
        return ok(ScimJson.user(provisioning.replaceUser(organisation, id, ScimUser.fromResource(ScimJson.read(body))),
                base()).toString());
    }

    @PATCH
    @Consumes({ScimSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("{id}")
    public Response patch(@PathParam("id") String id, String body) {
        long organisation = ScimCaller.organisation(request);
        return ok(ScimJson.user(provisioning.patchUser(organisation, id, ScimJson.read(body)), base()).toString());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        provisioning.deactivateUser(ScimCaller.organisation(request), id);
        return Response.noContent().build();
    }

    private URI base() {
        return uri.getBaseUri();
    }

    static Response ok(String json) {
        return Response.ok(json, ScimSchemas.MEDIA_TYPE).build();
    }
}
