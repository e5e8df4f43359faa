package no.laeringsarena.webinar;

import java.time.OffsetDateTime;

/** An event's uploaded recording before its bytes: name, detected type, size and upload time. */
public record RecordingFile(long eventId, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {

    /** Changes with every new upload, so a browser never plays an old file from its cache. */
    public String etag() {
        return "\"r" + eventId + "-" + sizeBytes + "-" + uploadedAt.toInstant().toEpochMilli() + "\"";
    }
}
