package no.laeringsarena.identity.web;

import com.nimbusds.oauth2.sdk.id.State;
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
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.LoginThrottling;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.oidc.OidcClient;
import no.laeringsarena.identity.oidc.OidcConfiguration;
import no.laeringsarena.identity.oidc.OidcLoginException;
import no.laeringsarena.identity.oidc.OidcSession;
import no.laeringsarena.platform.web.Messages;
import org.eclipse.microprofile.config.ConfigProvider;

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

    @Inject
    IdentityService identity;

    @Inject
    OidcConfiguration oidcConfiguration;

    @Inject
    OidcClient oidcClient;

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

    /**
     * Logs out of the platform; after a login through a provider that has an end-session endpoint, the browser then
     * goes there (id_token_hint, post_logout_redirect_uri) so that the provider's session ends too, and comes back to
     * the front page. When the provider cannot be reached, the platform's own logout still happens.
     */
    public String logOut() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<OidcSession> oidc = OidcSession.of(request.getSession(false));
        String email = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        request.logout();
        external.invalidateSession();
        Optional<URI> atProvider = oidc.flatMap(s -> endSession(s, request));
        if (atProvider.isEmpty()) {
            return "/index.xhtml?faces-redirect=true";
        }
        Optional<UserAccount> user = email == null ? Optional.empty() : identity.findByEmail(email);
        audit.record(user.map(u -> AuditEvent.by(u.getId(), u.getEmail(), AuditEventType.LOGGED_OUT_AT_PROVIDER,
                        AuditEvent.account(u.getId()), oidc.get().provider().key()))
                .orElseGet(() -> AuditEvent.anonymous(AuditEventType.LOGGED_OUT_AT_PROVIDER, "", oidc.get().provider().key())));
        // through a page of our own: the form's Content-Security-Policy (form-action 'self') would stop a redirect
        // straight to the provider
        OidcSession.keepLogoutTarget(request.getSession(true), atProvider.get());
        external.redirect(external.getRequestContextPath() + "/oidc/utlogging");
        faces.responseComplete();
        return null;
    }

    private Optional<URI> endSession(OidcSession session, HttpServletRequest request) {
        try {
            return oidcConfiguration.settings(session.provider()).flatMap(settings -> oidcClient.endSessionUri(settings,
                    session.idToken(), postLogoutUri(request), new State()));
        } catch (OidcLoginException e) {
            return Optional.empty(); // the provider is unreachable: logged out of the platform all the same
        }
    }

    /**
     * Where the provider sends the browser after its logout: {@code laeringsarena.oidc.post-logout-url} when set (it
     * must be registered with the providers), otherwise the front page at this request's own address.
     */
    private static URI postLogoutUri(HttpServletRequest request) {
        Optional<String> configured = ConfigProvider.getConfig()
                .getOptionalValue("laeringsarena.oidc.post-logout-url", String.class).filter(v -> !v.isBlank());
        if (configured.isPresent()) {
            return URI.create(configured.get().strip());
        }
        StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!(("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443))) {
            url.append(':').append(port);
        }
        return URI.create(url.append(request.getContextPath()).append("/index.xhtml").toString());
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
