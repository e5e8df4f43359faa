package no.laeringsarena.learningrecord.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.laeringsarena.learningrecord.DocumentKey;
import no.laeringsarena.learningrecord.DocumentStore;
import no.laeringsarena.learningrecord.LrsScope.Need;
import no.laeringsarena.learningrecord.xapi.XapiException;

/**
 * What the three xAPI document resources (State, Activity Profile, Agent Profile) share: GET of one document or an id
 * list, PUT, POST (JSON merge), DELETE, each behind its scope and with only its own query parameters. A subclass says
 * which parameters identify its documents and how they make a {@link DocumentKey}.
 */
public abstract class DocumentResource {

    @Inject
    DocumentStore store;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** The parameters that name one document; a list request may add {@code since}. */
    abstract Set<String> documentParameters();

    abstract DocumentKey key(MultivaluedMap<String, String> parameters);

    abstract Need readNeed();

    abstract Need writeNeed();

    /** The profile resources refuse a PUT over an existing document without If-Match / If-None-Match (409). */
    abstract boolean putNeedsPrecondition();

    /** The profile resources delete one document by id; the State resource may delete all states of an agent. */
    abstract String requiredIdForDelete();

    @GET
    public Response get() {
        no.laeringsarena.learningrecord.LrsClient client = XapiCaller.require(request, readNeed());
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, withSince());
        DocumentKey key = key(p);
        XapiCaller.checkDocument(client, key, false);
        return DocumentRequests.get(store, key, DocumentRequests.since(p));
    }

    @PUT
    public Response put(byte[] body, @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        return write(body, type, ifMatch, ifNoneMatch, false, putNeedsPrecondition());
    }

    @POST
    public Response post(byte[] body, @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        return write(body, type, ifMatch, ifNoneMatch, true, false);
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch) {
        no.laeringsarena.learningrecord.LrsClient client = XapiCaller.require(request, writeNeed());
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, documentParameters());
        DocumentKey key = key(p);
        XapiCaller.checkDocument(client, key, true);
        String requiredId = requiredIdForDelete();
        if (requiredId != null && key.documentId() == null) {
            throw XapiException.badRequest("the " + requiredId + " parameter is required");
        }
        store.delete(key, ifMatch);
        return Response.noContent().build();
    }

    private Response write(byte[] body, String type, String ifMatch, String ifNoneMatch, boolean merge,
                           boolean needsPrecondition) {
        no.laeringsarena.learningrecord.LrsClient client = XapiCaller.require(request, writeNeed());
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, documentParameters());
        XapiCaller.checkDocument(client, key(p), true);
        return DocumentRequests.write(store, key(p), body, type, ifMatch, ifNoneMatch, merge, needsPrecondition);
    }

    private Set<String> withSince() {
        var parameters = new java.util.HashSet<>(documentParameters());
        parameters.add("since");
        return parameters;
    }
}
