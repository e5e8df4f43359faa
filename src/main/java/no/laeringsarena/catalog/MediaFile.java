package no.laeringsarena.catalog;

import java.time.OffsetDateTime;

/** What is served of an uploaded course file before its bytes: name, detected type, size and upload time. */
public record MediaFile(long id, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {

    /** Documents are downloaded (attachment); video and captions play in the page (inline). */
    public boolean isDocument() {
        for (MediaType type : MediaType.values()) {
            if (type.contentType().equals(contentType)) {
                return type.use() == MediaType.Use.DOCUMENT;
            }
        }
        return true;
    }
}
