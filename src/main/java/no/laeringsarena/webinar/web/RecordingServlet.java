package no.laeringsarena.webinar.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.RangedBody;
import no.laeringsarena.webinar.EventRecordings;
import no.laeringsarena.webinar.RecordingFile;

/**
 * Plays an event's uploaded recording: {@code /webinar/opptak/<event key>} (login required by web.xml), with byte
 * ranges for the video player, for participants who had a seat and for trainers. For anyone else, and for an event
 * without a recording file, 404 alike.
 */
@WebServlet(RecordingServlet.PATH + "*")
public class RecordingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where recordings are played from, below the context path. */
    public static final String PATH = "/webinar/opptak/";

    @Inject
    EventRecordings recordings;

    @Inject
    IdentityService identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> userId = request.getUserPrincipal() == null ? Optional.empty()
                : identity.findByEmail(request.getUserPrincipal().getName()).map(UserAccount::getId);
        String path = request.getPathInfo();
        Optional<RecordingFile> recording = path == null || !path.matches("/[a-z0-9]+(-[a-z0-9]+)*") || userId.isEmpty()
                ? Optional.empty() : recordings.playable(path.substring(1), userId.get());
        if (recording.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RecordingFile file = recording.get();
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        RangedBody.send(request, response, file.etag(), file.sizeBytes(),
                (first, length) -> recordings.bytes(file.eventId(), first, length));
    }
}
