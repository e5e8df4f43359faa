package no.laeringsarena.learningrecord.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.learningrecord.LearningHistory;

/**
 * All my statements as a JSON file to download (xAPI statements, exactly as stored). Under /min-side/, so web.xml
 * lets only logged-in users in; the statements are always the caller's own.
 */
@WebServlet("/min-side/laeringshistorikk.json")
public class LearningHistoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient LearningHistory history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserAccount account = currentUser.account().orElse(null);
        if (account == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] json = history.exportOf(account.getId()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"laeringshistorikk.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
