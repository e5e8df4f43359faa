package no.laeringsarena.search;

import java.util.List;

/**
 * Everything one capability has in the content index, read from the database (the source of truth): what a full
 * reindex ({@link SearchReindexer}) puts into a new index. Each capability that indexes through the
 * {@link SearchOutbox} provides one as a CDI bean, building documents exactly as its outbox writes do.
 *
 * <p>A reindex reads a source a page at a time, each page in a transaction of its own, so the memory it needs stays
 * the same however much content there is (and no persistence context grows with every row read).
 */
public interface SearchDocumentSource {

    /** For progress and logs, e.g. "toolbox". */
    String name();

    /** About how many documents there are, for progress: may count a few that turn out not to be indexed. */
    long estimatedCount();

    /**
     * Page {@code page} (from 0) of the rows this source reads, at most {@code size} of them, in a stable order;
     * the documents of those that should be in the index now (published, visible things only).
     */
    Page documents(int page, int size);

    /** One page: its documents, and whether a page may follow. */
    record Page(List<SearchDocument> documents, boolean more) {

        /** The documents made from the rows read; more when the page was full. */
        public static Page of(List<SearchDocument> documents, int rowsRead, int size) {
            return new Page(List.copyOf(documents), rowsRead == size);
        }
    }
}
