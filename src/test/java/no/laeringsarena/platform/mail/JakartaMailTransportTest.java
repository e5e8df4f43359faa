package no.laeringsarena.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SMTP conversation with a local GreenMail: what arrives is the mail that was queued. */
class JakartaMailTransportTest {

    private GreenMail greenMail;
    private int port;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private JakartaMailTransport transport(int serverPort) {
        return new JakartaMailTransport(new SmtpServer("127.0.0.1", serverPort, null, null,
                "Læringsarena <ikke-svar@laeringsarena.no>", false));
    }

    @Test
    void textAndCalendarAttachmentArriveWithNorwegianLettersIntact() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        OutgoingMail mail = OutgoingMail.text("webinar-confirmed:7:1", "dina@kommune.no", "Du er påmeldt: Arkiv i nye kommuner",
                "Hei, Dina Deltaker!\n\nTid: onsdag 12. mai 2027 kl. 10:00–11:30")
                .withAttachment(new MailAttachment("arkiv.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        ics.getBytes(StandardCharsets.UTF_8)));
        transport(port).send(new QueuedMail(1, mail.idempotencyKey(), mail, 0));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage m = received[0];
        assertEquals("Du er påmeldt: Arkiv i nye kommuner", m.getSubject());
        assertEquals("dina@kommune.no", m.getAllRecipients()[0].toString());
        assertTrue(m.getFrom()[0].toString().contains("ikke-svar@laeringsarena.no"));
        assertEquals(JakartaMailTransport.messageId("webinar-confirmed:7:1"), m.getMessageID(),
                "the Message-ID comes from the idempotency key");
        Multipart mixed = (Multipart) m.getContent();
        assertEquals(2, mixed.getCount());
        Part calendar = mixed.getBodyPart(1);
        assertEquals("arkiv.ics", calendar.getFileName());
        assertTrue(calendar.isMimeType("text/calendar"));
        try (InputStream in = calendar.getInputStream()) {
            assertEquals(ics, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("kl. 10:00–11:30"));
    }

    @Test
    void aMailOneCanLeaveCarriesTheOneClickUnsubscribeHeaders() throws Exception {
        OutgoingMail mail = OutgoingMail.text("notification:9", "kari@kommune.no", "Dina nevnte deg", "Hei")
                .withUnsubscribeUrl("https://la.example/api/notifications/unsubscribe?token=abc");
        transport(port).send(new QueuedMail(2, mail.idempotencyKey(), mail, 0));
        MimeMessage m = greenMail.getReceivedMessages()[0];
        assertEquals("<https://la.example/api/notifications/unsubscribe?token=abc>", m.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));

        OutgoingMail plain = OutgoingMail.text("webinar-confirmed:8:1", "dina@kommune.no", "Du er påmeldt", "Hei");
        transport(port).send(new QueuedMail(3, plain.idempotencyKey(), plain, 0));
        assertEquals(null, greenMail.getReceivedMessages()[1].getHeader("List-Unsubscribe"), "only where one can leave");
        assertThrows(IllegalArgumentException.class, () -> plain.withUnsubscribeUrl("javascript:alert(1)"));
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OutgoingMail mail = OutgoingMail.text("k", "a@kommune.no", "Emne", "Tekst");
        MailDeliveryException e = assertThrows(MailDeliveryException.class,
                () -> transport(closed).send(new QueuedMail(1, "k", mail, 0)));
        assertTrue(e.serverUnavailable(), e.getMessage());
        assertFalse(e.getMessage().contains("null"));
        assertEquals(List.of(), List.of(greenMail.getReceivedMessages()));
    }
}
