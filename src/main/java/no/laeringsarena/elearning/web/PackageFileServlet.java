package no.laeringsarena.elearning.web;

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
import no.laeringsarena.elearning.PackageStore;

/**
 * Serves the files of a package: {@code /pakke/<public key>/<path>}. The file is looked up in the database by the
 * package's key and its exact path (checked like an entry name at upload), so nothing outside the package can be
 * served. Every answer is sandboxed by its Content-Security-Policy ({@code sandbox allow-scripts allow-forms}: a
 * package document has an opaque origin even when opened on its own, so its scripts never reach the platform's
 * cookies or pages), may be framed only by the platform, and talks only to the platform (the LRS at /xapi).
 * Cross-origin reads are allowed ({@code Access-Control-Allow-Origin: *}): the sandboxed document's own requests
 * come from the opaque origin "null", and the files are no more secret than their unlisted address.
 */
@WebServlet("/pakke/*")
public class PackageFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/(.+)$");

    /** The sandbox of package content, in the CSP and in the player's iframe. */
    public static final String SANDBOX = "allow-scripts allow-forms allow-top-navigation-by-user-activation";

    @Inject
    PackageStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        Optional<PackageFile> file = m == null || !m.matches() ? Optional.empty()
                : store.file(UUID.fromString(m.group(1)), m.group(2));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PackageFileResponse.write(response, file.get(), policy(PackageFileResponse.origin(request)), true);
    }

    /**
     * Package content may run scripts (authoring tools need inline scripts and eval) but only inside the sandbox, load
     * only from the platform, send only to the platform, and be framed only by the platform. The origin is named
     * besides 'self' because a sandboxed document's own origin is opaque.
     */
    static String policy(String origin) {
        String self = "'self' " + origin;
        return "default-src " + self + "; script-src " + self + " 'unsafe-inline' 'unsafe-eval'; style-src " + self
                + " 'unsafe-inline'; img-src " + self + " data: blob:; media-src " + self + " data: blob:; font-src "
                + self + " data:; connect-src " + self + "; frame-src " + self + "; frame-ancestors " + self + "; form-action "
                + self + "; base-uri " + self + "; object-src 'none'; sandbox " + SANDBOX;
    }
}
