package no.laeringsarena.toolbox.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.toolbox.ToolboxService;

/**
 * Downloads an attachment: {@code /verktoy/vedlegg?id=...}. Anyone may download the attachments of a published item,
 * editors those of any item; otherwise 404, so ids reveal nothing. Always as a download (never shown inline), with
 * the type detected at upload, no sniffing, and a sandboxing Content-Security-Policy in case a browser shows it anyway.
 */
@WebServlet("/verktoy/vedlegg")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ToolboxService service;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean editor = ToolboxItemBean.isEditor(currentUser);
        Optional<ToolboxService.AttachmentDownload> attachment = parseId(request.getParameter("id"))
                .flatMap(id -> service.downloadable(id, editor));
        if (attachment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ToolboxService.AttachmentDownload a = attachment.get();
        byte[] content = a.content();
        response.setContentType(a.type().mediaType());
        response.setHeader("Content-Disposition", contentDisposition(a.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'");
        response.setHeader("Cache-Control", editor ? "private, no-store" : "private, max-age=300");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266), no quotes or controls. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Optional<Long> parseId(String id) {
        try {
            return id == null || id.length() > 19 ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
