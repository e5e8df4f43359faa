package no.laeringsarena.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.reporting.OrganisationReporting;

/**
 * Downloads the organisation report — for the whole reach of the caller or for one unit ({@code ?enhet=id}) — as CSV
 * or XLSX, with the numbers of the page. Administrators and leaders only, their own organisation and units only.
 */
@WebServlet({"/organisasjon/rapport.csv", "/organisasjon/rapport.xlsx"})
public class OrganisationReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OrganisationReporting reporting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long unitId;
        try {
            String unit = request.getParameter("enhet");
            unitId = unit == null || unit.isBlank() ? null : Long.valueOf(unit);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = Locale.forLanguageTag(request.getCookies() == null ? "nb" : Arrays.stream(request.getCookies())
                .filter(c -> "la_lang".equals(c.getName())).map(Cookie::getValue).findFirst().orElse("nb"));
        Function<String, String> text = key -> Messages.text(locale, key);
        byte[] body;
        String type;
        String name;
        try {
            if (request.getServletPath().endsWith(".xlsx")) {
                body = ReportXlsx.of(reporting.report(unitId), reporting.perUnit(unitId), text);
                type = XLSX;
                name = "rapport.xlsx";
            } else {
                body = ReportCsv.of(reporting.report(unitId), text).getBytes(StandardCharsets.UTF_8);
                type = "text/csv; charset=UTF-8";
                name = "rapport.csv";
            }
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
