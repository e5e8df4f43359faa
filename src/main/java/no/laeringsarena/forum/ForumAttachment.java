package no.laeringsarena.forum;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A file attached to a thread's opening post ({@code replyId} null) or a reply, stored in the database with the
 * type detected from its content and, for documents, its text for search. Read through {@link ForumAttachments},
 * which checks that the reader may read the thread.
 */
@Entity
@Table(name = "forum_attachment")
@NamedQuery(name = "ForumAttachment.ofThread", query = "SELECT new no.laeringsarena.forum.ForumAttachmentInfo("
        + "a.id, a.threadId, a.replyId, a.fileName, a.mediaType, a.sizeBytes) FROM ForumAttachment a "
        + "WHERE a.threadId = :thread ORDER BY a.id")
@NamedQuery(name = "ForumAttachment.countOnOpeningPost", query = "SELECT count(a) FROM ForumAttachment a "
        + "WHERE a.threadId = :thread AND a.replyId IS NULL")
@NamedQuery(name = "ForumAttachment.countOnReply", query = "SELECT count(a) FROM ForumAttachment a "
        + "WHERE a.threadId = :thread AND a.replyId = :reply")
@NamedQuery(name = "ForumAttachment.textsOfThread", query = "SELECT a.replyId, a.extractedText FROM ForumAttachment a "
        + "WHERE a.threadId = :thread AND a.extractedText IS NOT NULL ORDER BY a.id")
public class ForumAttachment {

    public static final int MAX_FILE_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "uploader_id")
    private Long uploaderId;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ForumAttachment() {
    }

    ForumAttachment(Long threadId, Long replyId, Long uploaderId, String fileName, ForumFileType type, byte[] content,
                    String extractedText, OffsetDateTime createdAt) {
        this.threadId = Objects.requireNonNull(threadId);
        this.replyId = replyId;
        this.uploaderId = uploaderId;
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = type.mediaType();
        this.content = Objects.requireNonNull(content);
        this.sizeBytes = content.length;
        this.extractedText = extractedText;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public Long getUploaderId() {
        return uploaderId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
