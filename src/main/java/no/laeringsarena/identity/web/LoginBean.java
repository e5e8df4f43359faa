package no.laeringsarena.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.identity.LoginThrottling;
import no.laeringsarena.platform.web.Messages;

/** The login form: e-mail and password, checked by the identity store behind the login throttle. */
@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottling throttling;

    @Inject
    AuditLog audit;

    private String email;
    private String password;

    public String logIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            Messages.error(null, "login.missing");
            return null;
        }
        Optional<Duration> locked = throttling.lockedFor(email, request.getRemoteAddr());
        if (locked.isPresent()) {
            audit.record(AuditEvent.anonymous(AuditEventType.LOGIN_THROTTLED, email.strip(), "refused while locked"));
            Messages.error(null, "login.throttled", Math.max(1, (locked.get().toSeconds() + 59) / 60));
            return null;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email.strip(), password))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            case SUCCESS:
                // a new session id at login, so a session id known before login is worth nothing after it
                request.changeSessionId();
                if (!response.isCommitted()) {
                    external.redirect(external.getRequestContextPath() + "/min-side.xhtml");
                }
                faces.responseComplete();
                return null;
            default:
                Messages.error(null, "login.failed");
                return null;
        }
    }

    public String logOut() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/index.xhtml?faces-redirect=true";
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
}
