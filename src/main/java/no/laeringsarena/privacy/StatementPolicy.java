package no.laeringsarena.privacy;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to the xAPI statements about a person when their account is deleted
 * ({@code laeringsarena.privacy.statements-on-delete}). In statements a person is only a random pseudonym; the
 * link from pseudonym to account is deleted with the account in either case.
 */
public enum StatementPolicy {
    /** The statements stay for statistics; with the link gone, nobody can tell whose they were. */
    ANONYMISE,
    /** The statements about the person are deleted from the platform's own learning record store. */
    DELETE;

    public static Optional<StatementPolicy> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "anonymise", "anonymize" -> Optional.of(ANONYMISE);
            case "delete" -> Optional.of(DELETE);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "privacy.statements." + name().toLowerCase(Locale.ROOT);
    }
}
