package no.laeringsarena.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a course holder may upload, told apart by their content (magic bytes and, for office documents,
 * the entries of the zip container), never by the name or the type the browser claims. Anything else is refused.
 */
public enum MediaType {
    MP4("video/mp4", "mp4", Use.VIDEO),
    WEBM("video/webm", "webm", Use.VIDEO),
    WEBVTT("text/vtt", "vtt", Use.CAPTIONS),
    PDF("application/pdf", "pdf", Use.DOCUMENT),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Use.DOCUMENT),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Use.DOCUMENT),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", Use.DOCUMENT),
    ODT("application/vnd.oasis.opendocument.text", "odt", Use.DOCUMENT),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", Use.DOCUMENT),
    ODP("application/vnd.oasis.opendocument.presentation", "odp", Use.DOCUMENT);

    /** What a file is for in a lesson. */
    public enum Use {
        VIDEO, CAPTIONS, DOCUMENT
    }

    private static final int MAX_ZIP_ENTRIES = 5000;

    private final String contentType;
    private final String extension;
    private final Use use;

    MediaType(String contentType, String extension, Use use) {
        this.contentType = contentType;
        this.extension = extension;
        this.use = use;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public Use use() {
        return use;
    }

    /** The type of these bytes, or empty when it is none we accept. */
    public static Optional<MediaType> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 4, "ftyp".getBytes(StandardCharsets.US_ASCII)) && !startsWith(content, 8, "qt  ".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(MP4);
        }
        if (startsWith(content, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})
                && contains(content, 64, "webm".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBM);
        }
        if (isWebVtt(content)) {
            return Optional.of(WEBVTT);
        }
        if (startsWith(content, 0, new byte[] {'P', 'K', 3, 4})) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    // "WEBVTT" (after an optional byte-order mark) followed by a space, tab or line end
    private static boolean isWebVtt(byte[] content) {
        int start = startsWith(content, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        if (!startsWith(content, start, "WEBVTT".getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        int after = start + 6;
        return after == content.length || content[after] == ' ' || content[after] == '\t' || content[after] == '\n'
                || content[after] == '\r';
    }

    private static Optional<MediaType> officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            boolean contentTypes = false;
            MediaType ooxml = null;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (entries == 1 && name.equals("mimetype")) {
                    return openDocument(new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip());
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    ooxml = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    ooxml = XLSX;
                } else if (name.equals("ppt/presentation.xml")) {
                    ooxml = PPTX;
                }
            }
            return contentTypes ? Optional.ofNullable(ooxml) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<MediaType> openDocument(String mimetype) {
        return Arrays.stream(new MediaType[] {ODT, ODS, ODP}).filter(t -> t.contentType.equals(mimetype)).findFirst();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, int within, byte[] part) {
        int end = Math.min(content.length, within) - part.length;
        for (int i = 0; i <= end; i++) {
            if (startsWith(content, i, part)) {
                return true;
            }
        }
        return false;
    }
}
