package no.laeringsarena.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * One real local OpenID Connect provider (NAV's mock-oauth2-server) per integration-test run, started before
 * Arquillian boots Payara Micro, which arquillian.xml configures with it as ID-porten (issuer {@code /idporten}) and
 * Feide (issuer {@code /feide}); the generic provider points at {@code oidc.downPort}, where nothing answers, to show
 * what a person sees when a provider is down. Tests decide the claims of the next login with
 * {@link #nextLogin(OAuth2TokenCallback)}. Only in the failsafe run.
 */
public class OidcProviderSession implements org.junit.platform.launcher.LauncherSessionListener {

    public static final String CLIENT_ID = "laeringsarena-it";

    private static volatile MockOAuth2Server server;

    @Override
    public void launcherSessionOpened(org.junit.platform.launcher.LauncherSession session) {
        if (!Boolean.getBoolean("laeringsarena.it") || System.getProperty("oidc.port") != null) {
            return;
        }
        try {
            int port = freePort();
            int downPort = freePort();
            MockOAuth2Server started = new MockOAuth2Server();
            started.start(InetAddress.getByName("127.0.0.1"), port);
            server = started;
            System.setProperty("oidc.port", Integer.toString(port));
            System.setProperty("oidc.downPort", Integer.toString(downPort));
        } catch (IOException e) {
            throw new UncheckedIOException("The local OpenID Connect provider for the integration tests did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(org.junit.platform.launcher.LauncherSession session) {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** The claims (and subject) of the ID token the provider issues at its next token request. */
    /**
     * Forgets logins queued by {@link #nextLogin} that no token request took. The provider hands out the queue's
     * head only to a token request of the same issuer (others get a random subject), so one left-over Feide login
     * would make every later ID-porten login in the session someone else. The server has no public way to clear it.
     */
    public static void forgetQueuedLogins() {
        try {
            java.lang.reflect.Field handlerField = MockOAuth2Server.class.getDeclaredField("defaultRequestHandler");
            handlerField.setAccessible(true);
            Object handler = handlerField.get(provider());
            java.lang.reflect.Field queueField = handler.getClass().getDeclaredField("tokenCallbackQueue");
            queueField.setAccessible(true);
            ((java.util.Collection<?>) queueField.get(handler)).clear();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mock-oauth2-server changed: cannot clear its queued logins", e);
        }
    }

    public static void nextLogin(OAuth2TokenCallback callback) {
        provider().enqueueCallback(callback);
    }

    public static MockOAuth2Server provider() {
        if (server == null) {
            throw new IllegalStateException("No local OIDC provider: run the integration tests through ./mvnw verify");
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
