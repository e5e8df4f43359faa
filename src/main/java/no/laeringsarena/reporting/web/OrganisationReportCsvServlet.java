package no.laeringsarena.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.reporting.OrganisationReporting;

/** Downloads the organisation report as CSV (organisation administrators; their own organisation only). */
@WebServlet("/organisasjon/rapport.csv")
public class OrganisationReportCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationReporting reporting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Locale.forLanguageTag(
                request.getCookies() == null ? "nb" : java.util.Arrays.stream(request.getCookies())
                        .filter(c -> "la_lang".equals(c.getName())).map(c -> c.getValue()).findFirst().orElse("nb"));
        byte[] csv = ReportCsv.of(reporting.report(), key -> Messages.text(locale, key)).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"rapport.csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
