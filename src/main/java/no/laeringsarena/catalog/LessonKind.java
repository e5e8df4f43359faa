package no.laeringsarena.catalog;

/**
 * What a lesson is: Markdown text, a video with transcript, a document, an active lesson with steps, a unit of an
 * uploaded e-learning package (cmi5 AU, SCORM SCO; made only by uploading the package, see {@code elearning}), or a
 * test of the course ({@code assessment}), done when the learner passes it.
 */
public enum LessonKind {
    TEXT("tekst"), VIDEO("video"), DOCUMENT("dokument"), ACTIVE("aktiv"), PACKAGE("pakke"), TEST("test");

    private final String contentName;

    LessonKind(String contentName) {
        this.contentName = contentName;
    }

    /** The word used in the content folder ({@code type: video}). */
    public String contentName() {
        return contentName;
    }

    /** The kind named in a content file; a package lesson cannot come from the content folder. */
    public static LessonKind fromContent(String text) {
        for (LessonKind kind : values()) {
            if (kind == PACKAGE) {
                continue;
            }
            if (kind.contentName.equals(text)) {
                return kind;
            }
        }
        return null;
    }

    /** The kinds a course holder picks in the lesson editor (package lessons come from uploading a package). */
    public static java.util.List<LessonKind> editable() {
        return java.util.List.of(TEXT, VIDEO, DOCUMENT, ACTIVE);
    }

    public String messageKey() {
        return "catalog.lessonKind." + contentName;
    }
}
