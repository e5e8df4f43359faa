package no.laeringsarena.elearning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.UserAccount;

/**
 * An uploaded e-learning package of a course (the course's published row, shared by its working copy). Its files
 * ({@link PackageFile}) are served under {@code /pakke/<publicKey>/}.
 */
@Entity
@Table(name = "elearning_package")
@NamedQuery(name = "ElearningPackage.byPublicKey", query = "SELECT p FROM ElearningPackage p WHERE p.publicKey = :key")
public class ElearningPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_key", nullable = false, unique = true)
    private UUID publicKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PackageFormat format;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "total_bytes", nullable = false)
    private long totalBytes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private UserAccount uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected ElearningPackage() {
    }

    ElearningPackage(Course course, PackageFormat format, String title, String fileName, PackageArchive archive,
                     UserAccount uploadedBy, OffsetDateTime now) {
        this.publicKey = UUID.randomUUID();
        this.course = course;
        this.format = format;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.fileName = fileName;
        this.fileCount = archive.fileCount();
        this.totalBytes = archive.totalBytes();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** Where a file of the package is served, relative to the application ({@code /pakke/<key>/<path>}). */
    public String filePath(String path) {
        return "/pakke/" + publicKey + "/" + path;
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicKey() {
        return publicKey;
    }

    public Course getCourse() {
        return course;
    }

    public PackageFormat getFormat() {
        return format;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public int getFileCount() {
        return fileCount;
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
