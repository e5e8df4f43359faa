package no.laeringsarena.content;

/** A content file that cannot be read as an item at all (no front matter, bad YAML): carries the one error. */
public class ContentFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ContentError error;

    public ContentFileException(ContentError error) {
        super(error.toString());
        this.error = error;
    }

    public ContentError error() {
        return error;
    }
}
