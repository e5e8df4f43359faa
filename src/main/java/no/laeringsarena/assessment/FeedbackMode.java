package no.laeringsarena.assessment;

/**
 * When a learner may see what was right. {@link #IMMEDIATE}: each question's feedback as soon as it is saved (the
 * answer is then final); {@link #AFTER_SUBMIT}: in the review of a submitted attempt; {@link #AFTER_LAST_ATTEMPT}:
 * only once every allowed attempt is used; {@link #NEVER}: only the score and whether it passed.
 */
public enum FeedbackMode {
    IMMEDIATE("umiddelbart"),
    AFTER_SUBMIT("etter-innlevering"),
    AFTER_LAST_ATTEMPT("etter-siste-forsok"),
    NEVER("aldri");

    private final String contentName;

    FeedbackMode(String contentName) {
        this.contentName = contentName;
    }

    public String contentName() {
        return contentName;
    }

    public static FeedbackMode fromContentName(String name) {
        for (FeedbackMode mode : values()) {
            if (mode.contentName.equals(name)) {
                return mode;
            }
        }
        return null;
    }
}
