package no.laeringsarena.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.catalog.CourseMediaLibrary;
import no.laeringsarena.catalog.MediaFile;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.RangedBody;

/**
 * Serves an uploaded course file: {@code /kursmedia/<id>}, with the type detected at upload, never sniffed by the
 * browser, sandboxed, and documents as downloads (attachment) under their own name. A file the visitor may not see
 * is 404, like one that does not exist.
 */
@WebServlet("/kursmedia/*")
public class CourseMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseMediaLibrary library;

    @Inject
    IdentityService identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> userId = request.getUserPrincipal() == null ? Optional.empty()
                : identity.findByEmail(request.getUserPrincipal().getName()).map(UserAccount::getId);
        Optional<MediaFile> media = parseId(request.getPathInfo()).flatMap(id -> library.readable(id, userId));
        if (media.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = media.get();
        String etag = "\"m" + file.id() + "-" + file.sizeBytes() + "\"";
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Content-Disposition", (file.isDocument() ? "attachment" : "inline") + "; filename=\""
                + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        RangedBody.send(request, response, etag, file.sizeBytes(), (first, length) -> library.bytes(file.id(), first, length));
    }

    private static Optional<Long> parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
