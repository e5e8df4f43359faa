package no.laeringsarena.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What the last import did with one item of the content folder: the file it came from, the hash of that
 * file's text, and the row's version right after it was written. Only the importer writes these rows.
 */
@Entity
@Table(name = "content_import_state")
@NamedQuery(name = "ImportState.byTypeAndKey",
        query = "SELECT s FROM ImportState s WHERE s.itemType = :type AND s.itemKey = :key")
@NamedQuery(name = "ImportState.all", query = "SELECT s FROM ImportState s ORDER BY s.itemType, s.itemKey")
public class ImportState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, length = 50)
    private String itemType;

    @Column(name = "item_key", nullable = false, length = 100)
    private String itemKey;

    @Column(name = "source_path", nullable = false, length = 500)
    private String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    // OffsetDateTime, not Instant: EclipseLink 4.0 binds an Instant as a serialized blob (bytea)
    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected ImportState() {
    }

    public ImportState(String itemType, String itemKey) {
        this.itemType = itemType;
        this.itemKey = itemKey;
    }

    /** Records a write of the row from this file. */
    public void recordImport(String sourcePath, String contentHash, long rowVersion, OffsetDateTime now) {
        this.sourcePath = sourcePath;
        this.contentHash = contentHash;
        this.rowVersion = rowVersion;
        this.importedAt = now;
    }

    /** The file was moved or renamed without changing its text or key. */
    public void movedTo(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    public ImportDecision.LastImport lastImport() {
        return new ImportDecision.LastImport(contentHash, rowVersion);
    }

    public String getItemType() {
        return itemType;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getContentHash() {
        return contentHash;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }
}
