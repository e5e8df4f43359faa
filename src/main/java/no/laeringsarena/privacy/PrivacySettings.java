package no.laeringsarena.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The privacy policies chosen at deployment: {@code laeringsarena.privacy.certificates-on-delete=keep|revoke}
 * (default keep) and {@code laeringsarena.privacy.statements-on-delete=anonymise|delete} (default anonymise).
 * An unknown value is a start-up problem rather than a silent default.
 */
@ApplicationScoped
public class PrivacySettings {

    static final String CERTIFICATES = "laeringsarena.privacy.certificates-on-delete";
    static final String STATEMENTS = "laeringsarena.privacy.statements-on-delete";

    @Inject
    Config config;

    public CertificatePolicy certificatesOnDelete() {
        Optional<String> value = config.getOptionalValue(CERTIFICATES, String.class).filter(s -> !s.isBlank());
        return value.isEmpty() ? CertificatePolicy.KEEP : CertificatePolicy.parse(value.get())
                .orElseThrow(() -> new IllegalStateException(CERTIFICATES + " must be keep or revoke"));
    }

    public StatementPolicy statementsOnDelete() {
        Optional<String> value = config.getOptionalValue(STATEMENTS, String.class).filter(s -> !s.isBlank());
        return value.isEmpty() ? StatementPolicy.ANONYMISE : StatementPolicy.parse(value.get())
                .orElseThrow(() -> new IllegalStateException(STATEMENTS + " must be anonymise or delete"));
    }
}
