package no.laeringsarena.platform.mail;

import java.util.Objects;

/** A file sent with a mail, such as the calendar file (.ics) of an event. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
