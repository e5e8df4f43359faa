package no.laeringsarena.learningrecord.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.laeringsarena.learningrecord.DocumentKey;
import no.laeringsarena.learningrecord.DocumentKey.DocumentKind;
import no.laeringsarena.learningrecord.DocumentStore;
import no.laeringsarena.learningrecord.LrsScope.Need;

/** The State resource: documents per activity + agent (+ registration), by stateId. */
@Path("activities/state")
public class StateResource {

    private static final Set<String> SINGLE = Set.of("activityId", "agent", "registration", "stateId");
    private static final Set<String> LIST = Set.of("activityId", "agent", "registration", "stateId", "since");

    @Inject
    DocumentStore store;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response get() {
        XapiCaller.require(request, Need.READ_STATE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, LIST);
        return DocumentRequests.get(store, key(p), DocumentRequests.since(p));
    }

    @PUT
    public Response put(byte[] body, @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        XapiCaller.require(request, Need.WRITE_STATE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, SINGLE);
        return DocumentRequests.write(store, key(p), body, type, ifMatch, ifNoneMatch, false, false);
    }

    @POST
    public Response post(byte[] body, @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        XapiCaller.require(request, Need.WRITE_STATE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, SINGLE);
        return DocumentRequests.write(store, key(p), body, type, ifMatch, ifNoneMatch, true, false);
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch) {
        XapiCaller.require(request, Need.WRITE_STATE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, SINGLE);
        store.delete(key(p), ifMatch);
        return Response.noContent().build();
    }

    private static DocumentKey key(MultivaluedMap<String, String> p) {
        return new DocumentKey(DocumentKind.STATE, DocumentRequests.activityId(p), DocumentRequests.agentKey(p),
                DocumentRequests.registration(p), p.getFirst("stateId"));
    }
}
