package no.laeringsarena.catalog;

/** What a lesson is: Markdown text, a video with transcript, a document, or an active lesson with steps. */
public enum LessonKind {
    TEXT("tekst"), VIDEO("video"), DOCUMENT("dokument"), ACTIVE("aktiv");

    private final String contentName;

    LessonKind(String contentName) {
        this.contentName = contentName;
    }

    /** The word used in the content folder ({@code type: video}). */
    public String contentName() {
        return contentName;
    }

    public static LessonKind fromContent(String text) {
        for (LessonKind kind : values()) {
            if (kind.contentName.equals(text)) {
                return kind;
            }
        }
        return null;
    }

    public String messageKey() {
        return "catalog.lessonKind." + contentName;
    }
}
