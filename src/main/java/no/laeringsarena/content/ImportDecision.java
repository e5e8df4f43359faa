package no.laeringsarena.content;

/**
 * What the importer does with one item of the content folder. {@link #decide} is the whole rule, with no
 * database: the file's hash against the hash recorded at the last import tells whether the file changed;
 * the row's optimistic-lock version against the version recorded right after the last import tells
 * whether someone edited the row in the UI since.
 */
public enum ImportDecision {

    /** New key: insert the row. */
    CREATE,
    /** The file changed and the row is as the last import left it: update the row. */
    UPDATE,
    /** {@code tving-import: true} and the row was edited (or created) in the UI: overwrite it anyway, warn. */
    FORCED_UPDATE,
    /** {@code tving-import: true} and the row was deleted in the UI after an import: insert it again, warn. */
    FORCED_CREATE,
    /** The file is as last imported: leave the row alone (including any UI edits). */
    UNCHANGED,
    /** The file changed, but the row was edited in the UI since the last import: keep the UI's version, warn. */
    SKIP_EDITED_IN_UI,
    /** The row was imported once, then deleted in the UI: do not bring it back, warn. */
    SKIP_DELETED_IN_UI,
    /** A row with this key exists that no import made (created in the UI): do not take it over, warn. */
    SKIP_CREATED_IN_UI;

    /** What the last import recorded for an item. */
    public record LastImport(String contentHash, long rowVersion) {
    }

    /**
     * @param fileHash   hash of the file now
     * @param lastImport what the last import recorded, or null if this item was never imported
     * @param rowVersion the row's version now, or null if there is no row with this key
     * @param force      the file says {@code tving-import: true}: the file wins over UI edits
     */
    public static ImportDecision decide(String fileHash, LastImport lastImport, Long rowVersion, boolean force) {
        if (rowVersion == null) {
            if (lastImport == null) {
                return CREATE;
            }
            return force ? FORCED_CREATE : SKIP_DELETED_IN_UI;
        }
        if (lastImport == null) {
            return force ? FORCED_UPDATE : SKIP_CREATED_IN_UI;
        }
        if (fileHash.equals(lastImport.contentHash())) {
            return UNCHANGED;
        }
        if (rowVersion == lastImport.rowVersion()) {
            return UPDATE;
        }
        return force ? FORCED_UPDATE : SKIP_EDITED_IN_UI;
    }

    public boolean writesRow() {
        return this == CREATE || this == UPDATE || this == FORCED_UPDATE || this == FORCED_CREATE;
    }

    public boolean isSkip() {
        return name().startsWith("SKIP_");
    }
}
