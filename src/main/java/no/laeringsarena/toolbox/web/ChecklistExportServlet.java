package no.laeringsarena.toolbox.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.toolbox.ChecklistReport;
import no.laeringsarena.toolbox.ToolboxService;

/**
 * Downloads the caller's own progress on a checklist: {@code /verktoy/sjekkliste.pdf?key=} or {@code .xlsx?key=}, in
 * the caller's language, times in Norwegian time. Logged-in users only (web.xml); unknown keys, items that are not
 * checklists and unpublished ones (for non-editors) answer 404. Never cached: it is personal.
 */
@WebServlet({"/verktoy/sjekkliste.pdf", "/verktoy/sjekkliste.xlsx"})
public class ChecklistExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    ToolboxService service;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserAccount> account = currentUser.account();
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String language = language(request);
        Locale locale = Locale.forLanguageTag(language);
        Optional<ChecklistReport> report = service.checklistReport(request.getParameter("key"), account.get().getId(),
                account.get().getDisplayName(), ToolboxItemBean.isEditor(currentUser), language);
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Function<String, String> text = key -> Messages.text(locale, key);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(OSLO);
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        byte[] body = xlsx ? ChecklistXlsx.of(report.get(), text, time) : ChecklistPdf.of(report.get(), text, time);
        response.setContentType(xlsx ? XLSX : "application/pdf");
        response.setHeader("Content-Disposition", AttachmentDownloadServlet.contentDisposition(
                report.get().itemKey() + (xlsx ? ".xlsx" : ".pdf")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The language chosen on the site (cookie la_lang: nb, nn or en), bokmål otherwise. */
    private static String language(HttpServletRequest request) {
        String chosen = request.getCookies() == null ? "nb" : Arrays.stream(request.getCookies())
                .filter(c -> "la_lang".equals(c.getName())).map(Cookie::getValue).findFirst().orElse("nb");
        return switch (chosen) {
            case "nn", "en" -> chosen;
            default -> "nb";
        };
    }
}
