package no.laeringsarena.elearning;

import java.util.Locale;
import java.util.Optional;

/**
 * Why an AU was waived, as the cmi5 specification names the reasons (the value of the result extension "reason" of
 * the "waived" statement). Each has a label in the bundles ({@code elearning.waiver.reason.<name>}).
 */
public enum Cmi5WaiverReason {
    TESTED_OUT("Tested Out"),
    EQUIVALENT_AU("Equivalent AU"),
    EQUIVALENT_OUTSIDE_ACTIVITY("Equivalent Outside Activity"),
    ADMINISTRATIVE("Administrative");

    private final String value;

    Cmi5WaiverReason(String value) {
        this.value = value;
    }

    /** The value written into the statement. */
    public String value() {
        return value;
    }

    public String messageKey() {
        return "elearning.waiver.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Cmi5WaiverReason> of(String name) {
        for (Cmi5WaiverReason reason : values()) {
            if (reason.name().equals(name)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
