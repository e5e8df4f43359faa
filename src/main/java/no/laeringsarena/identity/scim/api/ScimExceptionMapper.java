package no.laeringsarena.identity.scim.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import no.laeringsarena.identity.scim.ScimException;
import no.laeringsarena.identity.scim.ScimSchemas;

/** A refused SCIM request as an RFC 7644 §3.12 error: {"schemas": [Error], "status", "scimType", "detail"}. */
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {

    @Override
    public Response toResponse(ScimException e) {
        return e.status() == 401 ? unauthorised() : error(e.status(), e.scimType(), e.getMessage());
    }

    static Response error(int status, String scimType, String detail) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.ERROR))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            body.add("scimType", scimType);
        }
        body.add("detail", detail == null ? "" : detail);
        return Response.status(status).type(ScimSchemas.MEDIA_TYPE).entity(body.build().toString()).build();
    }

    static Response unauthorised() {
        return Response.fromResponse(error(401, null, "authenticate with the organisation's SCIM bearer token"))
                .header("WWW-Authenticate", "Bearer realm=\"SCIM\"").build();
    }
}
