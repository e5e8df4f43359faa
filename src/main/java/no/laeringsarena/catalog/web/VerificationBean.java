package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.catalog.CertificateService;

/**
 * The public verification page (kursbevis/verifiser.xhtml?kode=...): confirms course (or event attended), name and date for a known
 * code, says plainly when a code is unknown or the certificate was revoked (then without the name), and shows
 * nothing else.
 */
@Named("certificateVerification")
@RequestScoped
public class VerificationBean {

    @Inject
    CertificateService certificates;

    private String code;
    private Certificate certificate;
    private boolean checked;

    public void load() {
        if (code != null && !code.isBlank()) {
            certificate = certificates.verify(code).orElse(null);
            checked = true;
        }
    }

    public String check() {
        return "/kursbevis/verifiser?faces-redirect=true&kode=" + Pages.enc(code == null ? "" : code.strip());
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isValid() {
        return certificate != null && !certificate.isRevoked();
    }

    /** Revoked when its holder deleted their account (policy laeringsarena.privacy.certificates-on-delete=revoke). */
    public boolean isRevoked() {
        return certificate != null && certificate.isRevoked();
    }

    /** Still valid, though its holder has deleted their account since. */
    public boolean isHolderDeleted() {
        return certificate != null && !certificate.isRevoked() && certificate.isHolderDeleted();
    }

    /** The course's title, or the event's for a kursbevis for deltakelse. */
    public String getTitle() {
        return certificate == null ? null : certificate.getTitle();
    }

    /** A kursbevis for deltakelse (an event attended) rather than for a course completed. */
    public boolean isAttendance() {
        return certificate != null && certificate.isAttendance();
    }

    public String getHolderName() {
        return certificate == null ? null : certificate.getHolderName();
    }

    /** The course certificate's day of issue, or the day the event was held. */
    public java.time.LocalDate getDate() {
        return certificate == null ? null : certificate.getDate();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
