package no.laeringsarena.webinar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.CalendarFeed;

/** Min side: the address of my calendar feed, and "Lag ny lenke", which makes a new one and stops the old. */
@Named("myCalendar")
@RequestScoped
public class MyCalendarBean {

    @Inject
    CalendarFeed feed;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformSettings settings;

    private Optional<String> token;

    /** The https address, or null when she has none yet. */
    public String getFeedUrl() {
        return token().map(t -> base() + CalendarFeedServlet.PATH + t + ".ics").orElse(null);
    }

    /** The same as webcal:, which opens the calendar app's subscribe dialogue. */
    public String getWebcalUrl() {
        String url = getFeedUrl();
        return url == null ? null : url.replaceFirst("^https?://", "webcal://");
    }

    public String renew() {
        Optional<Long> userId = currentUser.account().map(UserAccount::getId);
        if (userId.isEmpty()) {
            return "/logg-inn?faces-redirect=true";
        }
        boolean hadOne = token().isPresent();
        token = Optional.of(feed.renew(userId.get()));
        Messages.info(null, hadOne ? "calendarFeed.renewed" : "calendarFeed.created");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        return "/min-side?faces-redirect=true";
    }

    private Optional<String> token() {
        if (token == null) {
            token = currentUser.account().map(UserAccount::getId).flatMap(feed::token);
        }
        return token;
    }

    private String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }
}
