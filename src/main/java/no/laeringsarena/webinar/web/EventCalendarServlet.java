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
import java.util.Optional;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.webinar.EventCalendar;
import no.laeringsarena.webinar.EventView;
import no.laeringsarena.webinar.RegistrationService;

/** The calendar file of an event: {@code /webinar/kalender?key=...} (public, like the event page; no join link). */
@WebServlet("/webinar/kalender")
public class EventCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    PlatformSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        Optional<EventView> view = key == null || key.length() > 100 ? Optional.empty() : registrations.event(key);
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = settings.baseUrl().replaceAll("/+$", "");
        String page = base + "/webinar/arrangement.xhtml?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        String host = Optional.ofNullable(URI.create(base).getHost()).orElse("laeringsarena");
        byte[] ics = EventCalendar.ics(view.get().event(), page, host, OffsetDateTime.now())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType(EventCalendar.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + ".ics\"");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
