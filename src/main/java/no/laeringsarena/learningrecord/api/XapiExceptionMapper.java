package no.laeringsarena.learningrecord.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import no.laeringsarena.learningrecord.xapi.XapiException;

/** A refused xAPI request as its status and a JSON body {"error": …, "message": …}. */
public class XapiExceptionMapper implements ExceptionMapper<XapiException> {

    @Override
    public Response toResponse(XapiException e) {
        Response response = XapiRequestFilter.error(e.status(), e.error(), e.getMessage());
        if (e.status() == 401) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"xAPI\", charset=\"UTF-8\"").build();
        }
        return response;
    }
}
