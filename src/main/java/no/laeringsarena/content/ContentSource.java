package no.laeringsarena.content;

import java.io.IOException;
import java.util.List;

/**
 * Where the content files come from: the repository's folder in the dev run ({@link DirectoryContentSource})
 * or {@code WEB-INF/content/} inside the war ({@link WarContentSource}). Both list every {@code .md} file
 * except {@code README.md}, named {@code content/<relative path>} so messages look the same everywhere.
 */
public interface ContentSource {

    /** Every content file, read as UTF-8. */
    List<ContentFile> files() throws IOException;

    /**
     * Every file below {@code folder} (a path below the content folder, e.g. {@code verktoykasse/vedlegg}) that is not
     * a content file and not hidden, in path order; files larger than {@code maxBytes} are left out. None when the
     * folder does not exist.
     */
    List<ContentBinaryFile> binaryFiles(String folder, long maxBytes) throws IOException;

    /** For the log: where this source reads from. */
    String describe();

    /** Is this a content file (and not the folder's documentation)? */
    static boolean isContentFile(String name) {
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md") && !name.startsWith(".");
    }
}
