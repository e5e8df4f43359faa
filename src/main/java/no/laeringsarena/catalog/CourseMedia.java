package no.laeringsarena.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/**
 * A file uploaded for a course (video, captions, document), with the type detected from its content. Lessons refer to
 * it as {@code media:<id>}; it is served at {@code /kursmedia/<id>}.
 */
@Entity
@Table(name = "course_media")
public class CourseMedia {

    /** How a lesson refers to an uploaded file. */
    public static final String REFERENCE_PREFIX = "media:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

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

    protected CourseMedia() {
    }

    CourseMedia(Course course, String fileName, MediaType type, byte[] data, UserAccount uploadedBy, OffsetDateTime now) {
        this.course = course;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = data.length;
        this.data = data.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public String reference() {
        return REFERENCE_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data.clone();
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
