package no.laeringsarena.webinar;

import java.text.Normalizer;
import no.laeringsarena.catalog.MediaType;

/**
 * What a trainer may upload as an event's recording: a video (MP4 or WebM, told by its content, never by its name or
 * the type the browser claims), not empty, and no larger than the limit in force. The name kept is made safe and
 * ends in the detected type's extension.
 */
public final class RecordingUpload {

    /** An accepted recording: the name to keep and the detected type. */
    public record Accepted(String fileName, MediaType type) {
    }

    private RecordingUpload() {
    }

    /** @throws FollowUpException with the reason in the trainer's language (empty, too large, not a video) */
    public static Accepted accept(String submittedName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new FollowUpException("recording.error.missing");
        }
        if (content.length > maxBytes) {
            throw new FollowUpException("recording.error.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
        }
        MediaType type = MediaType.detect(content).filter(t -> t.use() == MediaType.Use.VIDEO)
                .orElseThrow(() -> new FollowUpException("recording.error.notVideo"));
        return new Accepted(safeName(submittedName, type), type);
    }

    /** The file's own name without folders and odd characters, at most 150 characters before the extension. */
    static String safeName(String submittedName, MediaType type) {
        String name = submittedName == null ? "" : submittedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank() || stem.matches("[._ -]*")) {
            stem = "opptak";
        }
        if (stem.length() > 150) {
            stem = stem.substring(0, 150);
        }
        return stem + "." + type.extension();
    }
}
