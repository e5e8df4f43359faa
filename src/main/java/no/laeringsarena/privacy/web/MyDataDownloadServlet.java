package no.laeringsarena.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.privacy.PersonalDataExport;

/**
 * "Last ned mine data": {@code /min-side/mine-data.zip} streams the caller's own data (login required by web.xml;
 * there is no parameter, so nobody can ask for someone else's).
 */
@WebServlet("/min-side/mine-data.zip")
public class MyDataDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityService identity;

    @Inject
    PersonalDataExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserAccount> user = request.getUserPrincipal() == null ? Optional.empty()
                : identity.findByEmail(request.getUserPrincipal().getName());
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"mine-data-laeringsarena-" + LocalDate.now() + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        export.write(user.get(), response.getOutputStream());
    }
}
