package no.laeringsarena.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.notification.NotificationService;
import no.laeringsarena.platform.web.Messages;

/**
 * {@code avmelding.xhtml?token=...}: the page the unsubscribe link of every notification e-mail opens. One button,
 * no login (the secret token is the proof); a POST, like the one-click API, so that link scanners in mail filters
 * cannot unsubscribe anyone by following the link.
 */
@Named("unsubscribe")
@RequestScoped
public class UnsubscribeBean {

    @Inject
    NotificationService notifications;

    private String token;
    private boolean done;

    public String confirm() {
        if (!notifications.unsubscribe(token)) {
            Messages.error(null, "unsubscribe.unknown");
            return null;
        }
        done = true;
        return null;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
