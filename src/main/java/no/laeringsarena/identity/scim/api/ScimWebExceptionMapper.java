package no.laeringsarena.identity.scim.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Unknown paths, wrong methods and media types answered in the SCIM error format too. */
public class ScimWebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not supported here";
            case 406 -> "answers are application/scim+json";
            case 415 -> "send application/scim+json";
            default -> "the request could not be handled";
        };
        return ScimExceptionMapper.error(status, null, detail);
    }
}
