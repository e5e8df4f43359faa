package no.laeringsarena.learningrecord.api;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.laeringsarena.learningrecord.LrsScope.Need;
import no.laeringsarena.learningrecord.StatementStore;

/** The Activities resource: the LRS's canonical definition of an activity (just its id when it has none). */
@Path("activities")
public class ActivitiesResource {

    @Inject
    StatementStore store;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response get() {
        XapiCaller.require(request, Need.READ_OTHER);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, Set.of("activityId"));
        String activityId = DocumentRequests.activityId(p);
        JsonObjectBuilder activity = JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
        store.activityDefinition(activityId).ifPresent(d -> activity.add("definition", d));
        return Response.ok(activity.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
