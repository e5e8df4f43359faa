package no.laeringsarena.search;

import java.util.Map;

/**
 * A search as users make it: free text (may be empty: everything), facet filters (facet name to one value),
 * the order, and the page (1-based) of a given size.
 */
public record SearchRequest(String text, Map<String, String> filters, Sort sort, int page, int size) {

    /** Best match first, or newest first (by the "date" facet, an ISO date). */
    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }

    int from() {
        return (page - 1) * size;
    }
}
