package no.laeringsarena.learningrecord.api;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The About resource: which xAPI versions this LRS speaks. Open to everyone, no version header needed. */
@Path("about")
public class AboutResource {

    @GET
    public Response get() {
        String about = JSON.createObjectBuilder()
                .add("version", JSON.createArrayBuilder().add("1.0.3").add("2.0.0"))
                .add("extensions", JSON.createObjectBuilder())
                .build().toString();
        return Response.ok(about, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
