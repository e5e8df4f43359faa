package no.laeringsarena.learningrecord.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import no.laeringsarena.learningrecord.LrsClient;
import no.laeringsarena.learningrecord.LrsClients;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.learningrecord.xapi.XapiException;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/**
 * Every /xapi request: the X-Experience-API-Version header must be 1.0, 1.0.x or 2.0.x (400 otherwise; About is
 * exempt), and HTTP Basic credentials of a non-revoked LRS client are required (401 with WWW-Authenticate otherwise;
 * About is open). Every response carries X-Experience-API-Version: 1.0.3 to a 1.0.x client, else 2.0.0, and a Date.
 */
@PreMatching
public class XapiRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    @Inject
    LrsClients clients;

    @Inject
    jakarta.enterprise.inject.Instance<no.laeringsarena.learningrecord.LrsSessionAuthenticator> sessions;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            AlternateRequestSyntax.apply(request);
        } catch (XapiException e) {
            request.abortWith(error(e.status(), e.error(), e.getMessage()));
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("about") || path.equals("about/") || path.equals("/about")) {
            return;
        }
        String version = request.getHeaderString(VERSION_HEADER);
        if (version == null || !acceptedVersion(version)) {
            request.abortWith(error(400, "bad_request", version == null
                    ? "the X-Experience-API-Version header is required (e.g. 2.0.0)"
                    : "X-Experience-API-Version " + version + " is not supported: use 1.0.x or 2.0.0"));
            return;
        }
        Optional<String[]> credentials = credentials(request.getHeaderString("Authorization"));
        Optional<LrsClient> client = credentials.flatMap(c -> clients.authenticate(c[0], c[1]))
                .or(() -> credentials.flatMap(this::session));
        if (client.isEmpty()) {
            request.abortWith(Response.fromResponse(error(401, "unauthorized",
                            "authenticate with HTTP Basic and the key and secret of an LRS client"))
                    .header("WWW-Authenticate", "Basic realm=\"xAPI\", charset=\"UTF-8\"").build());
            return;
        }
        servletRequest.setAttribute(XapiCaller.ATTRIBUTE, client.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(VERSION_HEADER, responseVersion(request.getHeaderString(VERSION_HEADER)));
        String path = request.getUriInfo().getPath();
        if ((path.startsWith("statements") || path.startsWith("/statements"))
                && !response.getHeaders().containsKey(CONSISTENT_THROUGH)) {
            // on every Statement resource answer, errors included
            response.getHeaders().putSingle(CONSISTENT_THROUGH, StatementStore.consistentThrough());
        }
        if (!response.getHeaders().containsKey("Date")) {
            // clients judge X-Experience-API-Consistent-Through against the server's clock
            response.getHeaders().putSingle("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
    }

    /** A session credential (a cmi5 AU's auth token) from one of the session sources, as a client of the request. */
    private Optional<LrsClient> session(String[] credentials) {
        for (no.laeringsarena.learningrecord.LrsSessionAuthenticator source : sessions) {
            Optional<no.laeringsarena.learningrecord.LrsSessionGrant> grant = source.authenticate(credentials[0], credentials[1]);
            if (grant.isPresent()) {
                return grant.map(LrsClient::forSession);
            }
        }
        return Optional.empty();
    }

    /** A 1.0.x client is answered as the latest 1.0 patch (1.0.3); everyone else as 2.0.0. */
    static String responseVersion(String requested) {
        return requested != null && requested.trim().matches("^1\\.0(\\.\\d+)?$") ? "1.0.3" : XapiFormats.VERSION;
    }

    static boolean acceptedVersion(String version) {
        return version.matches("^1\\.0(\\.\\d+)?$") || version.matches("^2\\.0\\.\\d+$");
    }

    /** key and secret from "Basic base64(key:secret)", if well-formed. */
    static Optional<String[]> credentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Response error(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(VERSION_HEADER, XapiFormats.VERSION)
                .entity(Json.createObjectBuilder().add("error", error).add("message", message).build().toString())
                .build();
    }
}
