package no.laeringsarena.toolbox;

import java.text.Normalizer;
import no.laeringsarena.platform.upload.AttachmentType;

/** The name an attachment is kept and offered under: the uploader's name, made safe, with the detected type's extension. */
public final class AttachmentNames {

    static final int MAX_LENGTH = 120;

    private AttachmentNames() {
    }

    /** Keeps letters (Norwegian too), digits, space, dot, dash and underscore; ends in the type's extension. */
    public static String safe(String uploaded, AttachmentType type) {
        String name = uploaded == null ? "" : uploaded;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("\\s+", " ").replaceAll("^[ ._-]+", "").strip();
        if (stem.isEmpty()) {
            stem = "vedlegg";
        }
        if (stem.length() > MAX_LENGTH) {
            stem = stem.substring(0, MAX_LENGTH).strip();
        }
        return stem + "." + type.extension();
    }
}
