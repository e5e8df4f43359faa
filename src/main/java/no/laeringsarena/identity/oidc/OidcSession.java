package no.laeringsarena.identity.oidc;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;

/**
 * That this HTTP session was logged in through a provider, with the ID token it issued: what logging out needs to end
 * the session at the provider too (id_token_hint). Kept in the HTTP session only, never in the database or a log,
 * and gone with the session.
 */
public record OidcSession(OidcProvider provider, String idToken) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = "oidc.session";
    private static final String LOGOUT_TARGET = "oidc.logout.target";

    public void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public static Optional<OidcSession> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof OidcSession s ? Optional.of(s)
                : Optional.empty();
    }

    /** After the platform's logout: where the browser goes next to end the provider's session (in a fresh session). */
    public static void keepLogoutTarget(HttpSession freshSession, URI endSession) {
        freshSession.setAttribute(LOGOUT_TARGET, endSession.toString());
    }

    /** The provider's end-session address kept by {@link #keepLogoutTarget}, once. */
    public static Optional<String> takeLogoutTarget(HttpSession session) {
        if (session == null || !(session.getAttribute(LOGOUT_TARGET) instanceof String target)) {
            return Optional.empty();
        }
        session.removeAttribute(LOGOUT_TARGET);
        return Optional.of(target);
    }

    @Override
    public String toString() {
        return "OidcSession[" + provider + "]"; // never the token
    }
}
