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

    /**
     * The plain text of the first mail to {@code address} whose subject starts with {@code subjectStart}, waiting up
     * to 45 s for the platform's mail timer to deliver it.
     */
    public static String awaitText(String address, String subjectStart) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            for (jakarta.mail.internet.MimeMessage m : server().messages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address) && m.getSubject().startsWith(subjectStart)) {
                    return text(m);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail '" + subjectStart + "' to " + address + " within 45 s");
    }

    /** How many mails to {@code address} with a subject starting with {@code subjectStart} have arrived. */
    public static long count(String address, String subjectStart) throws Exception {
        long count = 0;
        for (jakarta.mail.internet.MimeMessage m : server().messages()) {
            if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address) && m.getSubject().startsWith(subjectStart)) {
                count++;
            }
        }
        return count;
    }

    /** The first text/plain part of a mail (null if it has none). */
    public static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain") && !jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
