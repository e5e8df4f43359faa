package no.laeringsarena.assessment;

/** How hard a question is, as tagged in the question bank; the content folder spells it in Norwegian. */
public enum Difficulty {
    EASY("lett"), MEDIUM("middels"), HARD("vanskelig");

    private final String contentName;

    Difficulty(String contentName) {
        this.contentName = contentName;
    }

    public String contentName() {
        return contentName;
    }

    public static Difficulty fromContentName(String name) {
        for (Difficulty d : values()) {
            if (d.contentName.equals(name)) {
                return d;
            }
        }
        return null;
    }
}
