package no.laeringsarena.forum;

import java.util.Arrays;
import java.util.Optional;
import no.laeringsarena.platform.upload.AttachmentType;

/**
 * What may be attached to a forum post: pictures (PNG, JPEG, GIF, WebP; never SVG, which can carry script) told
 * apart by their magic numbers, and the documents the platform's upload policy accepts ({@link AttachmentType},
 * detected by Tika from the content). Never by file name or the type the browser claims.
 */
public enum ForumFileType {
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    GIF("image/gif", true),
    WEBP("image/webp", true),
    PDF(AttachmentType.PDF.mediaType(), false),
    DOCX(AttachmentType.DOCX.mediaType(), false),
    XLSX(AttachmentType.XLSX.mediaType(), false),
    PPTX(AttachmentType.PPTX.mediaType(), false),
    ODT(AttachmentType.ODT.mediaType(), false),
    TXT(AttachmentType.TXT.mediaType(), false);

    private final String mediaType;
    private final boolean image;

    ForumFileType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Pictures are shown in the post; everything else is only ever a download. */
    public boolean image() {
        return image;
    }

    /** The picture type of these bytes by their magic numbers, or empty when they are no picture we accept. */
    public static Optional<ForumFileType> picture(byte[] content) {
        if (content == null || content.length < 12) {
            return Optional.empty();
        }
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(content, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The forum's type for a document type of the upload policy. */
    public static ForumFileType of(AttachmentType type) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(type.mediaType())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no forum type for " + type));
    }

    /** Is this stored media type a picture (shown inline)? */
    public static boolean isImage(String mediaType) {
        return Arrays.stream(values()).anyMatch(t -> t.image && t.mediaType.equals(mediaType));
    }

    /** "PNG, JPEG, ..." for messages. */
    public static String listed() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    private static boolean startsWith(byte[] content, int offset, int... prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
