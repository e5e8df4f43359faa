package no.laeringsarena.identity.scim.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.scim.ScimTokens;

/**
 * Every /scim/v2 request but the discovery resources needs {@code Authorization: Bearer <token>} with a token of
 * an organisation (401 otherwise); the request then acts within that organisation only.
 */
@PreMatching
public class ScimRequestFilter implements ContainerRequestFilter {

    private static final Set<String> OPEN = Set.of("ServiceProviderConfig", "ResourceTypes", "Schemas");

    @Inject
    ScimTokens tokens;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+", "");
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (OPEN.contains(first) && request.getMethod().equals("GET")) {
            return;
        }
        Optional<Long> organisation = bearer(request.getHeaderString("Authorization")).flatMap(tokens::organisationOf);
        if (organisation.isEmpty()) {
            request.abortWith(ScimExceptionMapper.unauthorised());
            return;
        }
        servletRequest.setAttribute(ScimCaller.ATTRIBUTE, organisation.get());
    }

    static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
