package no.laeringsarena.identity.web;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.oidc.OidcAccounts;
import no.laeringsarena.identity.oidc.OidcClaims;
import no.laeringsarena.identity.oidc.OidcClient;
import no.laeringsarena.identity.oidc.OidcConfiguration;
import no.laeringsarena.identity.oidc.OidcCredential;
import no.laeringsarena.identity.oidc.OidcIdentity;
import no.laeringsarena.identity.oidc.OidcLoginException;
import no.laeringsarena.identity.oidc.OidcLoginTickets;
import no.laeringsarena.identity.oidc.OidcProvider;
import no.laeringsarena.identity.oidc.OidcSession;
import no.laeringsarena.identity.oidc.OidcSettings;
import no.laeringsarena.identity.oidc.PendingOidcLogin;
import no.laeringsarena.identity.oidc.ReturnPath;
import no.laeringsarena.platform.web.Messages;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The two ends of an OpenID Connect login. {@code GET /oidc/<provider>/start} sends the browser to the provider
 * (with {@code ?return=/path} for where to go afterwards, or {@code ?koble=1} to link the provider to the account of
 * the person logged in); {@code GET /oidc/callback} checks the answer and logs the person in through Jakarta
 * Security. Whatever goes wrong ends on the login page (or Min side) with a message, never a stack trace.
 */
@WebServlet("/oidc/*")
public class OidcLoginServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OidcLoginServlet.class.getName());
    private static final String PENDING = "oidc.pending.";
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    OidcConfiguration configuration;

    @Inject
    OidcClient client;

    @Inject
    OidcAccounts accounts;

    @Inject
    OidcLoginTickets tickets;

    @Inject
    SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/callback")) {
            callback(request, response);
            return;
        }
        if (path.equals("/utlogging")) {
            continueLogoutAtProvider(request, response);
            return;
        }
        String[] parts = path.split("/");
        Optional<OidcProvider> provider = parts.length == 3 && parts[2].equals("start")
                ? OidcProvider.byKey(parts[1]) : Optional.empty();
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        start(provider.get(), request, response);
    }

    private void start(OidcProvider provider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean linking = "1".equals(request.getParameter("koble"));
        if (linking && request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/logg-inn.xhtml");
            return;
        }
        try {
            OidcSettings settings = configuration.settings(provider)
                    .orElseThrow(() -> new OidcLoginException("notConfigured"));
            State state = new State();
            Nonce nonce = new Nonce();
            CodeVerifier verifier = new CodeVerifier();
            URI redirectUri = callbackUri(request);
            URI target = client.authorizationUri(settings, redirectUri, state, nonce, verifier);
            PendingOidcLogin pending = new PendingOidcLogin(provider, state.getValue(), nonce.getValue(),
                    verifier.getValue(), redirectUri.toString(),
                    ReturnPath.of(request.getParameter("return")).or(() -> pageThatAskedForLogin(request)).orElse(null),
                    linking ? request.getUserPrincipal().getName() : null, Instant.now());
            request.getSession(true).setAttribute(PENDING + pending.state(), pending);
            response.sendRedirect(target.toString());
        } catch (OidcLoginException e) {
            fail(request, response, linking, e.code());
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PendingOidcLogin pending = takePending(request);
        if (pending == null) {
            // no login of ours is waiting for this state: forged, replayed, or from a session that ended
            fail(request, response, false, "state");
            return;
        }
        try {
            String error = request.getParameter("error");
            if (error != null) {
                throw new OidcLoginException("access_denied".equals(error) ? "denied" : "failed");
            }
            if (pending.expired(Instant.now())) {
                throw new OidcLoginException("expired");
            }
            String code = request.getParameter("code");
            if (code == null || code.isBlank()) {
                throw new OidcLoginException("failed");
            }
            OidcSettings settings = configuration.settings(pending.provider())
                    .orElseThrow(() -> new OidcLoginException("notConfigured"));
            OidcClient.Redeemed redeemed = client.redeem(settings, URI.create(pending.redirectUri()),
                    new AuthorizationCode(code), new CodeVerifier(pending.codeVerifier()), new Nonce(pending.nonce()));
            OidcIdentity person = new OidcClaims(configuration.subjectKey()).identity(pending.provider(), redeemed.claims());
            if (pending.linking()) {
                link(request, response, pending, person);
            } else {
                logIn(request, response, pending, person, settings, redeemed.idToken());
            }
        } catch (OidcLoginException e) {
            fail(request, response, pending.linking(), e.code());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "OIDC login with " + pending.provider() + " failed", e);
            fail(request, response, pending.linking(), "failed");
        }
    }

    private void logIn(HttpServletRequest request, HttpServletResponse response, PendingOidcLogin pending,
                       OidcIdentity person, OidcSettings settings, String idToken) throws IOException {
        UserAccount user = accounts.logIn(person, settings.displayName());
        // a new session id at login, so a session id known before login is worth nothing after it
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new OidcCredential(tickets.issue(user.getEmail())))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // logging out of the platform ends the session at the provider too (RP-initiated logout)
            new OidcSession(pending.provider(), idToken).keepIn(request.getSession(true));
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return; // on the way back to the protected page that asked for the login
        }
        if (status != AuthenticationStatus.SUCCESS) {
            throw new OidcLoginException("failed");
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath()
                    + (pending.returnPath() != null ? pending.returnPath() : "/min-side.xhtml"));
        }
    }

    private void link(HttpServletRequest request, HttpServletResponse response, PendingOidcLogin pending,
                      OidcIdentity person) throws IOException {
        if (request.getUserPrincipal() == null || !request.getUserPrincipal().getName().equals(pending.linkToAccount())) {
            throw new OidcLoginException("state");
        }
        accounts.link(pending.linkToAccount(), person);
        response.sendRedirect(request.getContextPath() + "/min-side.xhtml?koblet=" + pending.provider().key());
    }

    /**
     * The second step of logging out after a provider login ({@code LoginBean.logOut} has ended the platform's
     * session): a page that sends the browser on to the provider's end-session endpoint (a refresh, and a link for
     * those who do not follow it). A page rather than a redirect, because the logout form's Content-Security-Policy
     * (form-action 'self') would refuse a redirect to another site.
     */
    private static void continueLogoutAtProvider(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        Optional<String> target = OidcSession.takeLogoutTarget(session);
        if (session != null) {
            session.invalidate();
        }
        if (target.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
            return;
        }
        Locale locale = LOGOUT_LANGUAGES.contains(request.getLocale().getLanguage()) ? request.getLocale() : Locale.of("nb");
        String href = escape(target.get());
        String title = escape(Messages.text(locale, "oidc.logout.title"));
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>" + title + "</title></head>"
                + "<body><main><h1>" + title + "</h1><p><a id=\"continue-logout\" href=\"" + href + "\">"
                + escape(Messages.text(locale, "oidc.logout.continue")) + "</a></p></main></body></html>");
    }

    private static final java.util.Set<String> LOGOUT_LANGUAGES = java.util.Set.of("nb", "nn", "en");

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The protected page a guest was sent to the login page from. Jakarta Security (Soteria) keeps that request in
     * the session, but a login through {@code SecurityContext.authenticate} does not go back to it by itself.
     */
    private static Optional<String> pageThatAskedForLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return Optional.empty();
        }
        try {
            Object method = saved.getClass().getMethod("getMethod").invoke(saved);
            Object url = saved.getClass().getMethod("getRequestURL").invoke(saved);
            Object query = saved.getClass().getMethod("getQueryString").invoke(saved);
            if (!"GET".equals(method) || !(url instanceof String u)) {
                return Optional.empty();
            }
            String path = URI.create(u).getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/")) {
                return Optional.empty();
            }
            return ReturnPath.of(path.substring(context.length()) + (query instanceof String q && !q.isEmpty() ? "?" + q : ""));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static PendingOidcLogin takePending(HttpServletRequest request) {
        String state = request.getParameter("state");
        HttpSession session = request.getSession(false);
        if (state == null || session == null || state.length() > 200) {
            return null;
        }
        Object pending = session.getAttribute(PENDING + state);
        session.removeAttribute(PENDING + state);
        return pending instanceof PendingOidcLogin p && p.state().equals(state) ? p : null;
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, boolean linking, String code)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.sendRedirect(request.getContextPath() + (linking ? "/min-side.xhtml" : "/logg-inn.xhtml")
                + "?oidcFeil=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    /**
     * The address providers send the browser back to: {@code laeringsarena.oidc.callback-url} when set (behind a
     * proxy that hides the public address), otherwise this request's own scheme, host and port.
     */
    private static URI callbackUri(HttpServletRequest request) {
        Optional<String> configured = ConfigProvider.getConfig()
                .getOptionalValue("laeringsarena.oidc.callback-url", String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return URI.create(configured.get().strip());
        }
        StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!(("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443))) {
            url.append(':').append(port);
        }
        return URI.create(url.append(request.getContextPath()).append("/oidc/callback").toString());
    }
}
