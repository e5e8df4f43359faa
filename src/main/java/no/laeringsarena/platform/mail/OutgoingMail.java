package no.laeringsarena.platform.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A mail to queue.
 *
 * @param idempotencyKey names this mail among all mails ever queued (e.g. {@code webinar-confirmation:42:...}):
 *                       queuing the same key again does nothing
 * @param recipient      one address
 * @param subject        the subject line
 * @param text           the plain-text body (always sent)
 * @param html           the HTML body (sanitised by the caller), or null for text only
 * @param attachments    files to attach, may be empty
 * @param notBefore      not sent before this instant (a reminder), or null for as soon as possible
 * @param unsubscribeUrl an https or http address that unsubscribes the recipient with one POST (RFC 8058), sent as
 *                       {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}; null for mails one cannot leave
 */
public record OutgoingMail(String idempotencyKey, String recipient, String subject, String text, String html,
                           List<MailAttachment> attachments, OffsetDateTime notBefore, String unsubscribeUrl) {

    public static final int MAX_KEY_LENGTH = 300;

    public OutgoingMail {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency key must be 1.." + MAX_KEY_LENGTH + " characters");
        }
        if (!recipient.contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: " + recipient);
        }
        subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (unsubscribeUrl != null && !unsubscribeUrl.matches("https?://[^\\s<>]{1,990}")) {
            throw new IllegalArgumentException("not an unsubscribe address: " + unsubscribeUrl);
        }
    }

    /** A mail without a one-click unsubscribe address. */
    public OutgoingMail(String idempotencyKey, String recipient, String subject, String text, String html,
                        List<MailAttachment> attachments, OffsetDateTime notBefore) {
        this(idempotencyKey, recipient, subject, text, html, attachments, notBefore, null);
    }

    public static OutgoingMail text(String idempotencyKey, String recipient, String subject, String text) {
        return new OutgoingMail(idempotencyKey, recipient, subject, text, null, List.of(), null);
    }

    public OutgoingMail withAttachment(MailAttachment attachment) {
        List<MailAttachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(idempotencyKey, recipient, subject, text, html, all, notBefore, unsubscribeUrl);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(idempotencyKey, recipient, subject, text, html, attachments, notBefore, unsubscribeUrl);
    }

    public OutgoingMail notBefore(OffsetDateTime instant) {
        return new OutgoingMail(idempotencyKey, recipient, subject, text, html, attachments, instant, unsubscribeUrl);
    }

    /** The same mail with a one-click unsubscribe address (List-Unsubscribe, RFC 8058). */
    public OutgoingMail withUnsubscribeUrl(String url) {
        return new OutgoingMail(idempotencyKey, recipient, subject, text, html, attachments, notBefore, url);
    }
}
