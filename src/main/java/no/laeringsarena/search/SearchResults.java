package no.laeringsarena.search;

import java.util.List;

/**
 * The answer to a search. When the search cluster could not be reached, {@code available} is false and there are
 * no hits: show "search is unavailable right now", not "nothing found".
 */
public record SearchResults(boolean available, long total, List<SearchHit> hits) {

    static SearchResults unavailable() {
        return new SearchResults(false, 0, List.of());
    }
}
