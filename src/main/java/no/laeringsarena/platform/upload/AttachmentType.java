package no.laeringsarena.platform.upload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document types users may upload, by the media type Tika detects from the content. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    TXT("text/plain", "txt");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The type for a detected media type (parameters such as charset ignored), if it is accepted. */
    public static Optional<AttachmentType> ofMediaType(String detected) {
        if (detected == null) {
            return Optional.empty();
        }
        String base = detected.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** Office Open XML and OpenDocument files are zip containers. */
    public boolean zipBased() {
        return this != PDF && this != TXT;
    }

    public String extension() {
        return extension;
    }

    /** "PDF, DOCX, ..." for messages. */
    public static String listed() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
