package no.laeringsarena.webinar.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.CalendarFeed;
import no.laeringsarena.webinar.Event;
import no.laeringsarena.webinar.EventCalendar;

/**
 * The personal calendar feed, {@code /webinar/min-kalender/<token>.ics}: no login (calendar apps cannot log in), the
 * secret token is the key. Unknown or revoked token: 404, the same answer as for a token that never existed.
 */
@WebServlet("/webinar/min-kalender/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/webinar/min-kalender/";

    @Inject
    CalendarFeed feed;

    @Inject
    PlatformSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path != null && path.startsWith("/") && path.endsWith(".ics")
                ? path.substring(1, path.length() - ".ics".length()) : null;
        Optional<List<Event>> events = feed.events(token);
        if (events.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = settings.baseUrl().replaceAll("/+$", "");
        String host = Optional.ofNullable(URI.create(base).getHost()).orElse("laeringsarena");
        byte[] ics = EventCalendar.feed(events.get(),
                e -> base + "/webinar/arrangement.xhtml?key=" + URLEncoder.encode(e.getEventKey(), StandardCharsets.UTF_8),
                host, OffsetDateTime.now(), Messages.text(request.getLocale(), "calendarFeed.name"))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType(EventCalendar.CONTENT_TYPE);
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"laeringsarena.ics\"");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
