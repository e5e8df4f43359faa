package no.laeringsarena.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.catalog.CourseMediaLibrary;
import no.laeringsarena.catalog.MediaFile;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.ByteRange;

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

    /** What is read from the database and written at a time: a seek never loads a whole video. */
    static final int CHUNK = 1 << 20;

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
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", etag);
        response.setHeader("Content-Disposition", (file.isDocument() ? "attachment" : "inline") + "; filename=\""
                + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String ifRange = request.getHeader("If-Range");
        ByteRange.Request wanted = ifRange != null && !ifRange.equals(etag) ? new ByteRange.Whole()
                : ByteRange.parse(request.getHeader("Range"), file.sizeBytes());
        ByteRange range = new ByteRange(0, file.sizeBytes() - 1);
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + file.sizeBytes());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (wanted instanceof ByteRange.Part part) {
            range = part.range();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", range.contentRange(file.sizeBytes()));
        }
        response.setContentLengthLong(range.length());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        OutputStream out = response.getOutputStream();
        for (long at = range.first(); at <= range.last(); at += CHUNK) {
            int n = (int) Math.min(CHUNK, range.last() - at + 1);
            out.write(library.bytes(file.id(), at, n));
        }
    }

    private static Optional<Long> parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
