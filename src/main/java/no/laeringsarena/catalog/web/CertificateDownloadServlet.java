package no.laeringsarena.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.catalog.CertificatePdf;
import no.laeringsarena.catalog.CertificateService;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * Downloads a kursbevis as PDF: {@code /kursbevis/last-ned?id=...}, for its owner only (login required by web.xml).
 * Someone else's id, or an id that does not exist, is 404 alike, so ids reveal nothing.
 */
@WebServlet("/kursbevis/last-ned")
public class CertificateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService certificates;

    @Inject
    IdentityService identity;

    @Inject
    PlatformSettings settings;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserAccount> user = request.getUserPrincipal() == null ? Optional.empty()
                : identity.findByEmail(request.getUserPrincipal().getName());
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Optional<Certificate> certificate = parseId(request.getParameter("id"))
                .flatMap(id -> certificates.owned(user.get().getId(), id));
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = CertificatePdf.render(texts(certificate.get(), currentLocale()));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(certificate.get()) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private Locale currentLocale() {
        try {
            return language.getLocale();
        } catch (RuntimeException noFacesContext) {
            return Locale.forLanguageTag("nb");
        }
    }

    /** kursbevis-&lt;course&gt;.pdf for a course, kursbevis-deltakelse-&lt;code&gt;.pdf for an event attended. */
    static String fileName(Certificate c) {
        return c.isAttendance() ? "kursbevis-deltakelse-" + c.getVerificationCode() + ".pdf"
                : "kursbevis-" + c.getCourse().getCourseKey() + ".pdf";
    }

    CertificatePdf.Texts texts(Certificate c, Locale locale) {
        String verifyUrl = settings.baseUrl().replaceAll("/+$", "") + "/kursbevis/verifiser.xhtml?kode=" + c.getVerificationCode();
        return texts(c, locale, verifyUrl);
    }

    /** The lines of the PDF: the same look for both kinds; an attendance certificate says "har deltatt på" and the day held. */
    static CertificatePdf.Texts texts(Certificate c, Locale locale, String verifyUrl) {
        String date = DateTimeFormatter.ofPattern("d. MMMM yyyy", locale).format(c.getDate());
        return new CertificatePdf.Texts(
                Messages.text(locale, "catalog.pdf.heading"),
                Messages.text(locale, "catalog.pdf.intro"),
                c.getHolderName(),
                Messages.text(locale, c.isAttendance() ? "attendanceCertificate.pdf.attended" : "catalog.pdf.completed"),
                c.getTitle(),
                List.of(Messages.text(locale, "catalog.pdf.date", date),
                        Messages.text(locale, c.isAttendance() ? "attendanceCertificate.pdf.hours" : "catalog.pdf.hours",
                                hours(c.getHours(), locale)),
                        Messages.text(locale, "catalog.pdf.issuer")),
                Messages.text(locale, "catalog.pdf.verify", c.getVerificationCode()),
                verifyUrl);
    }

    private static String hours(BigDecimal hours, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    private static Optional<Long> parseId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
