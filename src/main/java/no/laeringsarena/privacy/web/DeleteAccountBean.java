package no.laeringsarena.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import no.laeringsarena.privacy.AccountDeletion;
import no.laeringsarena.privacy.CertificatePolicy;
import no.laeringsarena.privacy.PrivacyException;
import no.laeringsarena.privacy.PrivacySettings;
import no.laeringsarena.privacy.StatementPolicy;
import no.laeringsarena.platform.web.Messages;

/** Min side › Slett kontoen min: what happens, the confirmation, and logging out once the account is gone. */
@Named("deleteAccount")
@RequestScoped
public class DeleteAccountBean {

    @Inject
    AccountDeletion deletion;

    @Inject
    PrivacySettings settings;

    private String confirmEmail;

    public String delete() throws IOException, ServletException {
        try {
            deletion.deleteOwnAccount(confirmEmail);
        } catch (PrivacyException e) {
            Messages.error("delete-form:confirm-email", e.messageKey());
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/konto-slettet.xhtml");
        faces.responseComplete();
        return null;
    }

    public CertificatePolicy getCertificatePolicy() {
        return settings.certificatesOnDelete();
    }

    public StatementPolicy getStatementPolicy() {
        return settings.statementsOnDelete();
    }

    public String getConfirmEmail() {
        return confirmEmail;
    }

    public void setConfirmEmail(String confirmEmail) {
        this.confirmEmail = confirmEmail;
    }
}
