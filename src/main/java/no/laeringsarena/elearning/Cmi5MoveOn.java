package no.laeringsarena.elearning;

import java.util.Arrays;
import java.util.Optional;

/** cmi5 moveOn: what an AU must reach before the LMS counts it as satisfied. */
public enum Cmi5MoveOn {
    PASSED("Passed"), COMPLETED("Completed"), COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"), NOT_APPLICABLE("NotApplicable");

    private final String value;

    Cmi5MoveOn(String value) {
        this.value = value;
    }

    /** As cmi5.xml and LMS.LaunchData write it. */
    public String value() {
        return value;
    }

    public static Optional<Cmi5MoveOn> of(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
    }

    public boolean satisfiedBy(boolean completed, boolean passed) {
        return switch (this) {
            case PASSED -> passed;
            case COMPLETED -> completed;
            case COMPLETED_AND_PASSED -> completed && passed;
            case COMPLETED_OR_PASSED -> completed || passed;
            case NOT_APPLICABLE -> true;
        };
    }
}
