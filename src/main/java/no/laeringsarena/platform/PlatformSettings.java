package no.laeringsarena.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The platform's own settings from MicroProfile Config (system properties or the environment: BASE_URL for
 * base.url, SMTP_HOST for smtp.host, …). {@link #problems()} names every setting that is wrong, so start-up
 * can fail loudly instead of limping on.
 */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    Config config;

    public String baseUrl() {
        return config.getOptionalValue("base.url", String.class).orElse("http://localhost:8080");
    }

    public boolean demoData() {
        return config.getOptionalValue("laeringsarena.demo-data", Boolean.class).orElse(false);
    }

    /**
     * Whether a fatal start-up problem stops the whole runtime (Payara Micro runs this one application, so a
     * process that lives on without it would only answer 404). On by default.
     */
    public boolean exitOnFatal() {
        return config.getOptionalValue("laeringsarena.exit-on-fatal", Boolean.class).orElse(true);
    }

    public Optional<String> contentDir() {
        return config.getOptionalValue("content.dir", String.class).filter(s -> !s.isBlank());
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (config.getOptionalValue("db.url", String.class).filter(s -> s.startsWith("jdbc:postgresql:")).isEmpty()) {
            problems.add("DB_URL (db.url) must be a jdbc:postgresql: URL");
        }
        if (!isHttpUrl(baseUrl())) {
            problems.add("BASE_URL (base.url) must be an http(s) URL, was: " + baseUrl());
        }
        Optional<String> smtpPort = config.getOptionalValue("smtp.port", String.class);
        if (smtpPort.isPresent() && !smtpPort.get().matches("[0-9]{1,5}")) {
            problems.add("SMTP_PORT (smtp.port) must be a port number, was: " + smtpPort.get());
        }
        Optional<String> smtpFrom = config.getOptionalValue("smtp.from", String.class).filter(s -> !s.isBlank());
        if (smtpFrom.isPresent() && !smtpFrom.get().matches("[^@<>]*<?[^@<>\\s]+@[^@<>\\s]+>?\\s*")) {
            problems.add("SMTP_FROM (smtp.from) must be an e-mail address, optionally with a name (Name <address>), was: "
                    + smtpFrom.get());
        }
        config.getOptionalValue("laeringsarena.privacy.certificates-on-delete", String.class).filter(s -> !s.isBlank())
                .filter(s -> !s.strip().matches("(?i)keep|revoke")).ifPresent(s -> problems.add(
                        "laeringsarena.privacy.certificates-on-delete must be keep or revoke, was: " + s));
        config.getOptionalValue("laeringsarena.privacy.statements-on-delete", String.class).filter(s -> !s.isBlank())
                .filter(s -> !s.strip().matches("(?i)anonymi[sz]e|delete")).ifPresent(s -> problems.add(
                        "laeringsarena.privacy.statements-on-delete must be anonymise or delete, was: " + s));
        return problems;
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
