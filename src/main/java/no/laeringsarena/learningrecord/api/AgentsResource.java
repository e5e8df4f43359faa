package no.laeringsarena.learningrecord.api;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
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
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import no.laeringsarena.learningrecord.xapi.StatementValidator;
import no.laeringsarena.learningrecord.xapi.XapiException;

/**
 * The Agents resource: the Person object for an agent. The LRS does not link identities, so the Person holds what
 * identifies the given agent (its name and IFI, each as a one-element array).
 */
@Path("agents")
public class AgentsResource {

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response get() {
        XapiCaller.require(request, Need.READ_OTHER);
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        DocumentRequests.allowOnly(p, Set.of("agent"));
        JsonObject agent = StatementQuery.parseObject(DocumentRequests.required(p, "agent"), "agent");
        StatementValidator.validateActor(agent, "agent");
        if ("Group".equals(agent.getString("objectType", "Agent"))) {
            throw XapiException.badRequest("agent: must be an Agent, not a Group");
        }
        JsonObjectBuilder person = JSON.createObjectBuilder().add("objectType", "Person");
        for (String property : new String[]{"name", "mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.containsKey(property)) {
                person.add(property, JSON.createArrayBuilder().add(agent.get(property)));
            }
        }
        return Response.ok(person.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
