package no.laeringsarena.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Sends through an SMTP server with Jakarta Mail (the implementation Payara ships). Text and HTML go as
 * multipart/alternative, attachments beside them in multipart/mixed. The Message-ID is made from the idempotency
 * key, so should a mail ever be delivered twice (a crash between the server's answer and the commit), the copies
 * are recognisably the same message.
 */
public class JakartaMailTransport implements MailTransport {

    static final String TIMEOUT_MILLIS = "10000";

    private final SmtpServer server;
    private final Session session;

    public JakartaMailTransport(SmtpServer server) {
        this.server = server;
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", Integer.toString(server.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.auth", Boolean.toString(server.username() != null));
        if (server.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Authenticator login = server.username() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(server.username(), server.password());
            }
        };
        this.session = Session.getInstance(props, login);
    }

    @Override
    public void send(QueuedMail queued) throws MailDeliveryException {
        try {
            Transport.send(message(queued));
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP " + server + ": " + e.getMessage(), unreachable(e), e);
        }
    }

    MimeMessage message(QueuedMail queued) throws MessagingException {
        OutgoingMail mail = queued.mail();
        MimeMessage message = new StableIdMessage(session, messageId(queued.idempotencyKey()));
        message.setFrom(address(server.from()));
        message.setRecipient(Message.RecipientType.TO, address(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.unsubscribeUrl() != null) {
            // one-click unsubscribe (RFC 8058): mail programs show a button that POSTs to the address
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            alternative.addBodyPart(html);
        }
        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MailAttachment a : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setFileName(a.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(String address) throws MessagingException {
        InternetAddress[] parsed = InternetAddress.parse(address, true);
        if (parsed.length != 1) {
            throw new MessagingException("not one address: " + address);
        }
        try {
            // re-encode a personal name (Læringsarena) as UTF-8
            return parsed[0].getPersonal() == null ? parsed[0]
                    : new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    /** The server could not be reached or the connection broke (not: it refused this one mail). */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()
                    && unreachable(m.getNextException())) {
                return true;
            }
        }
        return false;
    }

    static String messageId(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@laeringsarena>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID is set by us, not made up anew on each saveChanges. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
