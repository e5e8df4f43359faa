package no.laeringsarena.elearning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.laeringsarena.elearning.PackageFile;

/**
 * How a file of a package is answered, the same for cmi5 ({@code /pakke/}) and SCORM ({@code /scorm-pakke/}): its
 * content type and length, the Content-Security-Policy the servlet gives, no framing by other sites, no sniffing, no
 * referrer, and a private cache. Each servlet decides the policy and whether other origins may read the file.
 */
public final class PackageFileResponse {

    private PackageFileResponse() {
    }

    /** Writes the file with the policy; {@code crossOrigin} lets any origin read it (sandboxed documents are "null"). */
    public static void write(HttpServletResponse response, PackageFile file, String policy, boolean crossOrigin)
            throws IOException {
        byte[] data = file.getData();
        response.setContentType(file.getContentType());
        response.setContentLengthLong(data.length);
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (crossOrigin) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getOutputStream().write(data);
    }

    /** The origin the browser used (scheme, host, port), trusting X-Forwarded-Proto from the proxy. */
    public static String origin(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        String scheme = "https".equalsIgnoreCase(forwarded) ? "https" : request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80
                || "https".equalsIgnoreCase(forwarded);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
