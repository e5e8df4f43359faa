package no.laeringsarena.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.privacy.AccountDeletion;
import no.laeringsarena.privacy.PrivacyException;
import no.laeringsarena.platform.web.Messages;

/** admin/slett-bruker.xhtml: a system administrator deletes someone's account (written to the audit log). */
@Named("adminAccountDeletion")
@RequestScoped
public class AdminAccountDeletionBean {

    @Inject
    AccountDeletion deletion;

    private String email;
    private String emailRepeated;

    public String delete() {
        try {
            long id = deletion.deleteByAdministrator(email, emailRepeated);
            Messages.info(null, "privacy.admin.deleted", String.valueOf(id));
            email = null;
            emailRepeated = null;
        } catch (PrivacyException e) {
            Messages.error("admin-delete-form:email", e.messageKey());
        }
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailRepeated() {
        return emailRepeated;
    }

    public void setEmailRepeated(String emailRepeated) {
        this.emailRepeated = emailRepeated;
    }
}
