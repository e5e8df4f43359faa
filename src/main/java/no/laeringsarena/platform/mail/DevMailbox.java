package no.laeringsarena.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.laeringsarena.platform.PlatformSettings;
import org.eclipse.microprofile.config.Config;

/**
 * Dev and tests only: the mails the local SMTP server received (the dev run's GreenMail writes each as an .eml file
 * to {@code dev.mail.dir}). Present only with demo data on and that folder set; never in production.
 */
@ApplicationScoped
public class DevMailbox {

    private static final Logger LOG = Logger.getLogger(DevMailbox.class.getName());
    static final int SHOWN = 100;

    @Inject
    Config config;

    @Inject
    PlatformSettings settings;

    /** A received mail as the page shows it. */
    public record ReceivedMail(OffsetDateTime received, String to, String subject, String text, List<String> attachments) {
    }

    public boolean isAvailable() {
        return settings.demoData() && folder().isPresent();
    }

    /** The newest mails first, at most {@value #SHOWN}. */
    public List<ReceivedMail> newest() {
        Optional<Path> dir = folder().filter(p -> settings.demoData());
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(DevMailbox::modified).reversed().thenComparing(Comparator.reverseOrder()))
                    .limit(SHOWN).map(DevMailbox::read).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the dev mails in " + dir.get(), e);
            return List.of();
        }
    }

    private Optional<Path> folder() {
        return config.getOptionalValue("dev.mail.dir", String.class).filter(s -> !s.isBlank()).map(Path::of);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<ReceivedMail> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<String> attachments = new ArrayList<>();
            String text = text(message, attachments);
            String to = message.getRecipients(Message.RecipientType.TO) == null ? ""
                    : message.getRecipients(Message.RecipientType.TO)[0].toString();
            return Optional.of(new ReceivedMail(OffsetDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    ZoneOffset.UTC), to, message.getSubject(), text == null ? "" : text, attachments));
        } catch (IOException | MessagingException e) {
            LOG.log(Level.FINE, "Unreadable mail " + file, e);
            return Optional.empty();
        }
    }

    /** The first text/plain part; names of attachments are collected on the way. */
    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName());
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        String found = null;
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child, attachments);
                if (found == null) {
                    found = text;
                }
            }
        }
        return found;
    }
}
