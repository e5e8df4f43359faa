package no.laeringsarena.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import no.laeringsarena.dev.LocalMailServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real SMTP server (GreenMail, {@link LocalMailServer}) per integration-test run, started before Arquillian boots
 * Payara Micro, which gets smtp.host / smtp.port / dev.mail.dir from arquillian.xml. Tests read the mails the
 * application really sent with {@link #server()}. Only in the failsafe run.
 */
public class MailSession implements LauncherSessionListener {

    private static volatile LocalMailServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("laeringsarena.it") || System.getProperty("smtp.port") != null) {
            return;
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dir = Path.of(System.getProperty("it.dataDir", "target/it-data"), "mail-" + port);
            server = LocalMailServer.start(port, dir);
            System.setProperty("smtp.host", "127.0.0.1");
            System.setProperty("smtp.port", Integer.toString(port));
            System.setProperty("dev.mail.dir", dir.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The local SMTP server for the integration tests did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The SMTP server of this run. */
    public static LocalMailServer server() {
        if (server == null) {
            throw new IllegalStateException("No local SMTP server: run the integration tests through ./mvnw verify");
        }
        return server;
    }
}
