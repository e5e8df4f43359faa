package no.laeringsarena.webinar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/**
 * An event's recording uploaded as a video file by the trainer: one per event, a new upload replaces it. Its bytes
 * are read range by range ({@link EventRecordings#bytes}), never loaded through this entity.
 */
@Entity
@Table(name = "event_recording")
public class EventRecording {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private byte[] data;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private UserAccount uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected EventRecording() {
    }

    EventRecording(Event event, RecordingUpload.Accepted accepted, byte[] data, UserAccount uploadedBy,
                   OffsetDateTime now) {
        this.eventId = event.getId();
        this.fileName = accepted.fileName();
        this.contentType = accepted.type().contentType();
        this.sizeBytes = data.length;
        this.data = data.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public RecordingFile file() {
        return new RecordingFile(eventId, fileName, contentType, sizeBytes, uploadedAt);
    }
}
