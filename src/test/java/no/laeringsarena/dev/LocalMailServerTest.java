package no.laeringsarena.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The local SMTP server the dev run and the ITs read mails from: every mail exactly once, also when mails to many
 * recipients arrive interleaved and across a stop and start of the server.
 */
class LocalMailServerTest {

    @Test
    void everyMailIsTakenOnceWhateverTheMailboxesAndAcrossARestart() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory(Path.of("target"), "local-mail");
        try (LocalMailServer server = LocalMailServer.start(port, dir)) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String to = "person-" + (i * 7 % 11) + "@kommune.no";
                send(port, to, "Melding " + i);
                sent.add(to + " Melding " + i);
                if (i % 5 == 0) {
                    server.messages();  // look in between, as the tests and the poller do
                }
            }
            server.stopSmtp();
            server.startSmtp();
            send(port, "person-3@kommune.no", "Etter omstart");
            sent.add("person-3@kommune.no Etter omstart");

            List<String> received = new ArrayList<>();
            for (MimeMessage m : server.messages()) {
                received.add(m.getAllRecipients()[0] + " " + m.getSubject());
            }
            assertEquals(sent.stream().sorted().toList(), received.stream().sorted().toList());
            Thread.sleep(500);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(sent.size(), files.count(), "one .eml file per mail");
            }
        }
    }

    private static void send(int port, String to, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("ikke-svar@laeringsarena.no"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Tekst");
        Transport.send(message);
    }
}
