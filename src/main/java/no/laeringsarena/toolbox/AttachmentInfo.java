package no.laeringsarena.toolbox;

import java.time.OffsetDateTime;
import java.util.Locale;
import no.laeringsarena.platform.upload.AttachmentType;

/** An attachment as listed on the item page: no bytes, no text. */
public record AttachmentInfo(Long id, String fileName, AttachmentType type, long sizeBytes, OffsetDateTime uploadedAt) {

    /** "1,2 MB", "340 kB" in the given language's number format. */
    public String size(Locale locale) {
        if (sizeBytes >= 1024 * 1024) {
            return String.format(locale, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
        return String.format(locale, "%d kB", Math.max(1, Math.round(sizeBytes / 1024.0)));
    }
}
