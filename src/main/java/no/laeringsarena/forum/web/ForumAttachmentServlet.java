package no.laeringsarena.forum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.forum.ForumAttachments;

/**
 * Serves a file attached to a forum post: {@code /forum/vedlegg/<id>}. Only to someone who may read the thread (a
 * closed category's files to its members and moderators) and the post; anyone else gets 404, as for a file that
 * does not exist, so ids reveal nothing. The type is the one detected at upload; the browser may not sniff another,
 * the response is sandboxed, and everything but a picture is a download (attachment), never shown inline.
 */
@WebServlet("/forum/vedlegg/*")
public class ForumAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ForumAttachments.Download> found = parseId(request.getPathInfo()).flatMap(attachments::readable);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ForumAttachments.Download file = found.get();
        response.setContentType(file.mediaType());
        response.setContentLength(file.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Content-Disposition", contentDisposition(file.image() ? "inline" : "attachment", file.fileName()));
        response.getOutputStream().write(file.content());
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266), no quotes or controls. */
    static String contentDisposition(String type, String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Optional<Long> parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
