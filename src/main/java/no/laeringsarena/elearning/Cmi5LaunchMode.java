package no.laeringsarena.elearning;

/**
 * cmi5 launch modes: Normal records progress; Browse lets the learner look without it counting; Review shows a
 * finished AU again without changing its result (the AU must not send completed, passed or failed in either).
 */
public enum Cmi5LaunchMode {
    NORMAL("Normal"), BROWSE("Browse"), REVIEW("Review");

    private final String value;

    Cmi5LaunchMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Cmi5LaunchMode of(String value) {
        for (Cmi5LaunchMode mode : values()) {
            if (mode.value.equalsIgnoreCase(value) || mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        return NORMAL;
    }
}
