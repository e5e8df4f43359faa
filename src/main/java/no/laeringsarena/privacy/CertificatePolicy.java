package no.laeringsarena.privacy;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to a person's certificates (kursbevis) when their account is deleted
 * ({@code laeringsarena.privacy.certificates-on-delete}).
 */
public enum CertificatePolicy {
    /** The certificate stays verifiable with the name printed on it: an employer can still check it. */
    KEEP,
    /** The certificate is revoked: the verification page says so and shows no name. */
    REVOKE;

    public static Optional<CertificatePolicy> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "keep" -> Optional.of(KEEP);
            case "revoke" -> Optional.of(REVOKE);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "privacy.certificates." + name().toLowerCase(Locale.ROOT);
    }
}
