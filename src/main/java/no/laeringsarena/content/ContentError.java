package no.laeringsarena.content;

/**
 * Something wrong in a content file, with where it is: {@code path:line:column: message}.
 * Lines and columns count from 1; 0 means "not known" and is left out of {@link #toString()}.
 */
public record ContentError(String path, int line, int column, String message) {

    public static ContentError at(String path, int line, String message) {
        return new ContentError(path, line, 0, message);
    }

    public static ContentError wholeFile(String path, String message) {
        return new ContentError(path, 0, 0, message);
    }

    /** {@code path:line:column} (or as much of it as is known). */
    public String location() {
        StringBuilder s = new StringBuilder(path);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
