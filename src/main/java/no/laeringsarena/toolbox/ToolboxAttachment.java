package no.laeringsarena.toolbox;

import jakarta.persistence.Basic;
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
import java.util.Objects;
import no.laeringsarena.platform.upload.AttachmentType;
import no.laeringsarena.platform.upload.ExtractedText;

/**
 * A file attached to a toolbox item (a PDF guide, a Word template...): the bytes as uploaded, the type detected
 * from them, and their text, which goes into the item's search document. Lists read {@link AttachmentInfo} only,
 * never the bytes.
 */
@Entity
@Table(name = "toolbox_attachment")
@NamedQuery(name = "ToolboxAttachment.infoOfItem", query = "SELECT a.id, a.fileName, a.type, a.sizeBytes, a.uploadedAt "
        + "FROM ToolboxAttachment a WHERE a.item = :item ORDER BY a.id")
@NamedQuery(name = "ToolboxAttachment.textsOfItem",
        query = "SELECT a.fileName, a.extractedText FROM ToolboxAttachment a WHERE a.item = :item ORDER BY a.id")
@NamedQuery(name = "ToolboxAttachment.sameFile",
        query = "SELECT COUNT(a) FROM ToolboxAttachment a WHERE a.item = :item AND a.sha256 = :sha256")
public class ToolboxAttachment {

    /** Most attachments one item may have. */
    public static final int MAX_PER_ITEM = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ToolboxItem item;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "attachment_type", nullable = false, length = 10)
    private AttachmentType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text", nullable = false)
    private String extractedText;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected ToolboxAttachment() {
    }

    public ToolboxAttachment(ToolboxItem item, String fileName, byte[] content, String sha256, ExtractedText text,
                             Long uploadedBy, OffsetDateTime now) {
        this.item = Objects.requireNonNull(item);
        this.fileName = Objects.requireNonNull(fileName);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.type = text.type();
        this.extractedText = text.text().replace("\u0000", "");
        this.textTruncated = text.truncated();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ToolboxItem getItem() {
        return item;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }
}
