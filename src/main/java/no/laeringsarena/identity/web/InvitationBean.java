package no.laeringsarena.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.Messages;

/** The invitation page: whoever has the link sets their first password, then logs in. */
@Named("invitation")
@ViewScoped
public class InvitationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityService identity;

    private String token;
    private String password;
    private String passwordRepeated;
    private boolean accepted;

    /** The invited person's name, or null when the link is unknown, used or expired. */
    public String getInviteeName() {
        return accepted ? null : identity.invitee(token).map(UserAccount::getDisplayName).orElse(null);
    }

    public String getInviteeEmail() {
        return identity.invitee(token).map(UserAccount::getEmail).orElse(null);
    }

    public void accept() {
        try {
            identity.acceptInvitation(token, password, passwordRepeated);
            accepted = true;
            Messages.info(null, "invitation.accepted");
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
        password = passwordRepeated = null;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeated() {
        return passwordRepeated;
    }

    public void setPasswordRepeated(String passwordRepeated) {
        this.passwordRepeated = passwordRepeated;
    }
}
