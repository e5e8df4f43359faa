package no.laeringsarena.search;

import java.util.List;
import java.util.Map;

/**
 * One search result: the stored document, its score, and highlighted fragments per field ("title", "body"),
 * with the matching words wrapped in {@code <mark>}...{@code </mark>} (the rest of the text is escaped HTML).
 */
public record SearchHit(SearchDocument document, double score, Map<String, List<String>> highlights) {
}
