package no.laeringsarena.search;

import java.util.List;

/**
 * Everything one capability has in the content index, read from the database (the source of truth): what a full
 * reindex ({@link SearchReindexer}) puts into a new index. Each capability that indexes through the
 * {@link SearchOutbox} provides one as a CDI bean, building documents exactly as its outbox writes do.
 */
public interface SearchDocumentSource {

    /** For progress and logs, e.g. "toolbox". */
    String name();

    /** Every document this capability wants in the index now (published, visible things only). */
    List<SearchDocument> documents();
}
