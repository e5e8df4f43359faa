package no.laeringsarena.assessment;

/**
 * The kinds of question the engine grades. The content folder spells them in Norwegian
 * ({@link #contentName()}); every type except {@link #ESSAY} is graded automatically.
 */
public enum QuestionType {
    SINGLE_CHOICE("enkeltvalg"),
    MULTIPLE_CHOICE("flervalg"),
    TRUE_FALSE("sant-usant"),
    MATCHING("kobling"),
    ORDERING("rekkefolge"),
    NUMERIC("tall"),
    SHORT_TEXT("kortsvar"),
    ESSAY("langsvar");

    private final String contentName;

    QuestionType(String contentName) {
        this.contentName = contentName;
    }

    public String contentName() {
        return contentName;
    }

    public boolean autoGraded() {
        return this != ESSAY;
    }

    public static QuestionType fromContentName(String name) {
        for (QuestionType type : values()) {
            if (type.contentName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
