package no.laeringsarena.content;

import java.util.Objects;

/**
 * A file of the content folder that is not a content file, such as an attachment of a toolbox item: its path below the
 * folder (e.g. {@code verktoykasse/vedlegg/mal-kartlegging/skjema.odt}) and its bytes.
 */
public record ContentBinaryFile(String path, byte[] content) {

    public ContentBinaryFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** The name of the folder the file is in, e.g. {@code mal-kartlegging}. */
    public String folderName() {
        String[] parts = path.split("/");
        return parts.length < 2 ? "" : parts[parts.length - 2];
    }

    /** The file's own name, e.g. {@code skjema.odt}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
