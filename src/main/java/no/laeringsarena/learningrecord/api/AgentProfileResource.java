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
import no.laeringsarena.learningrecord.xapi.XapiException;

/** The Agent Profile resource: documents per agent, by profileId; PUT over an existing one needs If-Match. */
@Path("agents/profile")
public class AgentProfileResource {

    private static final Set<String> SINGLE = Set.of("agent", "profileId");
    private static final Set<String> LIST = Set.of("agent", "profileId", "since");

    @Inject
    DocumentStore store;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response get() {
        XapiCaller.require(request, Need.READ_PROFILE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, LIST);
        return DocumentRequests.get(store, key(p), DocumentRequests.since(p));
    }

    @PUT
    public Response put(byte[] body, @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        XapiCaller.require(request, Need.WRITE_PROFILE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, SINGLE);
        return DocumentRequests.write(store, key(p), body, type, ifMatch, ifNoneMatch, false, true);
    }

    @POST
    public Response post(byte[] body, @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        XapiCaller.require(request, Need.WRITE_PROFILE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, SINGLE);
        return DocumentRequests.write(store, key(p), body, type, ifMatch, ifNoneMatch, true, false);
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch) {
        XapiCaller.require(request, Need.WRITE_PROFILE);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, SINGLE);
        DocumentKey key = key(p);
        if (key.documentId() == null) {
            throw XapiException.badRequest("the profileId parameter is required");
        }
        store.delete(key, ifMatch);
        return Response.noContent().build();
    }

    private static DocumentKey key(MultivaluedMap<String, String> p) {
        return new DocumentKey(DocumentKind.AGENT_PROFILE, null, DocumentRequests.agentKey(p), null,
                p.getFirst("profileId"));
    }
}
