package no.laeringsarena.elearning.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.laeringsarena.elearning.Cmi5Sessions;

/**
 * The cmi5 fetch URL: {@code POST /cmi5/hent/<token>} answers {@code {"auth-token": ...}} once; after that, or for
 * an expired or unknown token, {@code {"error-code": "1|2|3", "error-text": ...}} with 400. Called from the AU's
 * sandboxed frame (origin "null") or a window of its own, so any origin may call it; the token is the credential.
 */
@WebServlet("/cmi5/hent/*")
public class Cmi5FetchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Cmi5Sessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cors(response);
        String path = request.getPathInfo();
        Cmi5Sessions.FetchAnswer answer = sessions.fetch(path == null || path.length() < 2 ? null : path.substring(1));
        String body = answer.ok()
                ? Json.createObjectBuilder().add("auth-token", answer.authToken()).build().toString()
                : Json.createObjectBuilder().add("error-code", String.valueOf(answer.errorCode()))
                        .add("error-text", answer.errorText()).build().toString();
        response.setStatus(answer.ok() ? 200 : 400);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        cors(response);
        response.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Content-Type");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
    }
}
