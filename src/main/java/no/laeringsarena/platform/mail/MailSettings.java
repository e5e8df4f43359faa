package no.laeringsarena.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server from MicroProfile Config: smtp.host (SMTP_HOST; without it mails wait in the outbox), smtp.port
 * (SMTP_PORT, 25), smtp.username / smtp.password (SMTP_USERNAME / SMTP_PASSWORD, for AUTH), smtp.from (SMTP_FROM),
 * smtp.starttls (SMTP_STARTTLS: require STARTTLS; on by default when a username is given).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    Config config;

    public Optional<SmtpServer> server() {
        Optional<String> host = value("smtp.host");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = value("smtp.port").filter(p -> p.matches("[0-9]{1,5}")).map(Integer::parseInt).orElse(25);
        Optional<String> username = value("smtp.username");
        boolean startTls = config.getOptionalValue("smtp.starttls", Boolean.class).orElse(username.isPresent());
        return Optional.of(new SmtpServer(host.get(), port, username.orElse(null), value("smtp.password").orElse(null),
                from(), startTls));
    }

    public String from() {
        return value("smtp.from").orElse("Læringsarena <ikke-svar@laeringsarena.no>");
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
