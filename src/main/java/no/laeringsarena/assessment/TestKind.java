package no.laeringsarena.assessment;

/**
 * What a test is for. {@link #QUIZ}: graded against a pass mark. {@link #SELF_ASSESSMENT} (kartlegging): no pass or
 * fail; the result is a profile per competence area (the questions' topics), with courses suggested for weak areas.
 */
public enum TestKind {
    QUIZ("quiz"), SELF_ASSESSMENT("kartlegging");

    private final String contentName;

    TestKind(String contentName) {
        this.contentName = contentName;
    }

    public String contentName() {
        return contentName;
    }

    public static TestKind fromContentName(String name) {
        for (TestKind kind : values()) {
            if (kind.contentName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
