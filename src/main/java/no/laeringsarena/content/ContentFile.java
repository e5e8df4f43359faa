package no.laeringsarena.content;

import java.util.Objects;

/**
 * One file from the content folder: where it is (as shown to editors, e.g.
 * {@code content/taksonomi/sektorer/helse-og-velferd.md}) and its text.
 */
public record ContentFile(String path, String text) {

    public ContentFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The text with a leading byte-order mark removed and Windows/old Mac line endings turned into \n. */
    public String normalizedText() {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
