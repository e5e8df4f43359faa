package no.laeringsarena.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.Registration;
import no.laeringsarena.platform.web.Messages;

/** The registration form. Every problem is shown at once, in the user's language; nothing is saved then. */
@Named("registration")
@RequestScoped
public class RegistrationBean {

    @Inject
    IdentityService identity;

    private String displayName;
    private String email;
    private String password;
    private String passwordRepeated;
    private String organisasjonsnummer;

    public String register() {
        try {
            identity.register(new Registration(displayName, email, password, passwordRepeated, organisasjonsnummer));
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
            return null;
        }
        Messages.info(null, "registration.done");
        return "/logg-inn.xhtml?faces-redirect=true&registrert=true";
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getOrganisasjonsnummer() {
        return organisasjonsnummer;
    }

    public void setOrganisasjonsnummer(String organisasjonsnummer) {
        this.organisasjonsnummer = organisasjonsnummer;
    }
}
