package no.laeringsarena.elearning.scorm.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.elearning.PackageFile;
import no.laeringsarena.elearning.PackageFormat;
import no.laeringsarena.elearning.PackageStore;
import no.laeringsarena.elearning.web.PackageFileResponse;

/**
 * Serves the files of SCORM packages at {@code /scorm-pakke/<public key>/<path>}, same-origin, because a SCO finds
 * its API by walking {@code window.parent} and must be able to reach the player page's {@code window.API}; cmi5
 * packages, which talk xAPI over HTTP, are served fully sandboxed at {@code /pakke/} instead.
 * <p>
 * The trade-off: a SCO's scripts run with the platform's origin. What keeps them in check: only course holders,
 * editors and administrators can upload packages; the session cookie is HttpOnly (scripts cannot read it); this
 * Content-Security-Policy limits everything the document loads, fetches, frames and submits to its own package's
 * path (so it cannot fetch the platform's pages or send anything to other sites), sandboxes it without popups or
 * top-level navigation, and the player page's own policy lets it fetch nothing but the SCORM API. Platform pages
 * refuse to be framed. See the README.
 */
@WebServlet("/scorm-pakke/*")
public class ScormFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/(.+)$");

    /** The sandbox of SCORM content, in the CSP and on the player's iframe. */
    public static final String SANDBOX = "allow-scripts allow-forms allow-same-origin";

    @Inject
    PackageStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        if (m == null || !m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UUID key = UUID.fromString(m.group(1));
        Optional<PackageFile> file = store.byPublicKey(key).filter(p -> p.getFormat() == PackageFormat.SCORM)
                .flatMap(p -> store.file(key, m.group(2)));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PackageFileResponse.write(response, file.get(),
                policy(PackageFileResponse.origin(request) + request.getContextPath() + "/scorm-pakke/" + key + "/"), false);
    }

    /** Everything from and to the package's own path only; inline scripts and eval, as authoring tools need them. */
    static String policy(String packageBase) {
        return "default-src " + packageBase + "; script-src " + packageBase + " 'unsafe-inline' 'unsafe-eval'; style-src "
                + packageBase + " 'unsafe-inline'; img-src " + packageBase + " data: blob:; media-src " + packageBase
                + " data: blob:; font-src " + packageBase + " data:; connect-src " + packageBase + "; frame-src "
                + packageBase + "; form-action " + packageBase + "; base-uri " + packageBase
                + "; object-src 'none'; frame-ancestors 'self'; sandbox " + SANDBOX;
    }
}
