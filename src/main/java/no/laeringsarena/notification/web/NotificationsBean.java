package no.laeringsarena.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import no.laeringsarena.notification.EmailFrequency;
import no.laeringsarena.notification.Notification;
import no.laeringsarena.notification.NotificationService;
import no.laeringsarena.platform.web.Messages;

/**
 * {@code min-side/varsler.xhtml}: the user's notifications, newest first, unread ones marked; opening one marks it
 * read and goes to it; "mark all read"; and the e-mail preference. {@link #getUnread()} feeds the header badge.
 */
@Named("notifications")
@RequestScoped
public class NotificationsBean {

    @Inject
    NotificationService service;

    private Long unread;
    private List<Notification> list;
    private String emailFrequency;

    public long getUnread() {
        if (unread == null) {
            unread = service.unreadCount();
        }
        return unread;
    }

    public List<Notification> getList() {
        if (list == null) {
            list = service.mine(100);
        }
        return list;
    }

    public String text(Notification n) {
        return Messages.text(n.getKind().messageKey(), n.getActorName(), n.getSubject());
    }

    /** Marks the notification read and goes to what it is about (only links inside the application). */
    public void open(Long id) throws IOException {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        String link = service.open(id).map(Notification::getLink).filter(l -> l.startsWith("/") && !l.startsWith("//"))
                .orElse("/min-side/varsler.xhtml");
        context.redirect(context.getRequestContextPath() + link);
    }

    public String markAllRead() {
        service.markAllRead();
        Messages.info(null, "notification.allRead");
        list = null;
        unread = null;
        return null;
    }

    public List<EmailFrequency> getFrequencies() {
        return Arrays.asList(EmailFrequency.values());
    }

    public String getEmailFrequency() {
        if (emailFrequency == null) {
            emailFrequency = service.myPreference().map(p -> p.getEmailFrequency().name()).orElse(EmailFrequency.DAILY_DIGEST.name());
        }
        return emailFrequency;
    }

    public void setEmailFrequency(String emailFrequency) {
        this.emailFrequency = emailFrequency;
    }

    public String savePreference() {
        EmailFrequency chosen = Arrays.stream(EmailFrequency.values()).filter(f -> f.name().equals(emailFrequency)).findFirst()
                .orElse(null);
        if (chosen == null) {
            Messages.error("preference-form:frequency", "notification.error.frequency");
            return null;
        }
        service.chooseEmailFrequency(chosen);
        Messages.info(null, "notification.preferenceSaved");
        return null;
    }
}
