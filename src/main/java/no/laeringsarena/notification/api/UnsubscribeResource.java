package no.laeringsarena.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.laeringsarena.notification.NotificationService;

/**
 * {@code POST /api/notifications/unsubscribe?token=...}: one-click unsubscribe (RFC 8058) from notification e-mails,
 * without logging in; the secret token in the link is the proof. Answers 200 {@code {"unsubscribed":true}}, or 404
 * {@code {"error","message"}} for an unknown token. It is a POST so that link scanners in mail filters cannot
 * unsubscribe anyone by following the link.
 */
@Path("notifications/unsubscribe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    NotificationService notifications;

    @POST
    public Response unsubscribe(@QueryParam("token") String token) {
        if (!notifications.unsubscribe(token)) {
            return Response.status(Response.Status.NOT_FOUND).entity(Json.createObjectBuilder().add("error", "not_found")
                    .add("message", "No subscription has this token").build().toString()).build();
        }
        return Response.ok(Json.createObjectBuilder().add("unsubscribed", true).build().toString()).build();
    }
}
