package no.laeringsarena.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of results with the counts per facet value for the whole result, and, when nothing was found, a
 * "did you mean" suggestion made of real words from the index. {@code available} false: the cluster could not be
 * reached (say so; do not say "no results").
 */
public record FacetedResults(boolean available, long total, List<SearchHit> hits,
                             Map<String, List<FacetCount>> facets, Optional<String> didYouMean) {

    /** One value of a facet and how many results have it. */
    public record FacetCount(String value, long count) {
    }

    static FacetedResults unavailable() {
        return new FacetedResults(false, 0, List.of(), Map.of(), Optional.empty());
    }
}
