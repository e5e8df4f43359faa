package no.laeringsarena.toolbox;

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

/**
 * One saved state of a toolbox item (name, summary, body, status, metadata), written in the transaction of every editorial
 * change: the history editors browse and compare. Numbered 1, 2, 3... per item.
 */
@Entity
@Table(name = "toolbox_item_version")
@NamedQuery(name = "ToolboxItemVersion.ofItem",
        query = "SELECT v FROM ToolboxItemVersion v WHERE v.item = :item ORDER BY v.number DESC")
@NamedQuery(name = "ToolboxItemVersion.last",
        query = "SELECT MAX(v.number) FROM ToolboxItemVersion v WHERE v.item = :item")
public class ToolboxItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ToolboxItem item;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(name = "name_nb", nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 600)
    private String summary;

    @Column(name = "body_md", nullable = false)
    private String bodyMarkdown;

    @Column(nullable = false)
    private String metadata = "";

    @Column(name = "change_note", nullable = false, length = 300)
    private String changeNote;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected ToolboxItemVersion() {
    }

    ToolboxItemVersion(ToolboxItem item, int number, String metadata, String changeNote, Long changedBy,
                       OffsetDateTime now) {
        this.item = item;
        this.number = number;
        this.status = item.getStatus();
        this.name = item.getName().getNb();
        this.summary = item.getSummary();
        this.bodyMarkdown = item.getBodyMarkdown();
        this.metadata = metadata == null ? "" : metadata;
        this.changeNote = changeNote == null ? "" : changeNote;
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    public int getNumber() {
        return number;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    /** The item's metadata at this version, a line per field; empty for versions from before it was kept. */
    public String getMetadata() {
        return metadata;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
