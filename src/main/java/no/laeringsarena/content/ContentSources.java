package no.laeringsarena.content;

import jakarta.servlet.ServletContext;
import java.nio.file.Path;

/** Picks where the content comes from at start-up. */
public final class ContentSources {

    private ContentSources() {
    }

    /**
     * The directory named by MicroProfile Config {@code content.dir} when it is set (the dev run, so edits
     * show up on the next start without a rebuild), otherwise {@code WEB-INF/content/} in the war.
     *
     * @param contentDirOrNull the value of {@code content.dir}, or null/blank when not set
     */
    public static ContentSource forConfiguredDirOrWar(ServletContext servletContext, String contentDirOrNull) {
        if (contentDirOrNull != null && !contentDirOrNull.isBlank()) {
            return forDirectory(Path.of(contentDirOrNull.strip()));
        }
        return new WarContentSource(servletContext);
    }

    public static ContentSource forDirectory(Path directory) {
        return new DirectoryContentSource(directory);
    }
}
