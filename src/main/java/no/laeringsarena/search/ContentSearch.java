package no.laeringsarena.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one search over everything in the content index: free text in titles and bodies (Norwegian analysis and
 * synonyms, see {@link SearchIndexSettings}), facet filters, counts per facet value, paging, sorting, highlighted
 * fragments, and a "did you mean" when nothing matched. Never throws because the cluster is down.
 */
@ApplicationScoped
public class ContentSearch {

    /** The facets counted for every search (and offered as filters). */
    public static final List<String> COUNTED_FACETS = List.of("type", "section", "sector", "theme", "phase", "audience");

    /** Facets whose values are free text (the editors' words), not keys. */
    public static final List<String> FREE_TEXT_FACETS = List.of("audience");

    /** Whether {@code value} can be a value of {@code facet}: a key such as "helse-og-velferd", or short plain text. */
    public static boolean isFacetValue(String facet, String value) {
        if (FREE_TEXT_FACETS.contains(facet)) {
            return !value.isBlank() && value.length() <= 200 && value.chars().noneMatch(Character::isISOControl);
        }
        return value.matches("[a-z0-9]+(-[a-z0-9]+)*") && value.length() <= 100;
    }

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    private ElasticsearchClient client;
    private SearchIndexAdmin admin;
    private final SearchAvailability availability = new SearchAvailability();

    protected ContentSearch() {
        // for CDI proxies
    }

    @Inject
    public ContentSearch(ElasticsearchClient client, SearchIndexAdmin admin) {
        this.client = client;
        this.admin = admin;
    }

    public FacetedResults search(SearchRequest request) {
        if (!admin.ensuredIndexes()) {
            return FacetedResults.unavailable();
        }
        Query query = query(request, false);
        FacetedResults results = availability.call("search", () -> toResults(client.search(s -> {
            s.index(SearchIndexAdmin.CONTENT_ALIAS)
                    .from(request.from())
                    .size(request.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query)
                    .highlight(h -> h
                            .encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(180).numberOfFragments(2)))));
            for (String facet : COUNTED_FACETS) {
                s.aggregations(facet, a -> a.terms(t -> t.field("facets." + facet).size(50)));
            }
            if (request.sort() == SearchRequest.Sort.DATE) {
                s.sort(so -> so.field(f -> f.field("facets.date").order(SortOrder.Desc).unmappedType(FieldType.Keyword)));
                s.sort(so -> so.score(sc -> sc.order(SortOrder.Desc)));
            }
            return s;
        }, SearchDocument.class)), FacetedResults.unavailable());
        if (results.available() && results.total() == 0 && !request.text().isEmpty()) {
            return new FacetedResults(true, 0, List.of(), results.facets(), didYouMean(request));
        }
        return results;
    }

    /** Real words of the best fuzzy match, e.g. "sjekkliste" for "sjeklister"; empty when none or the same. */
    private Optional<String> didYouMean(SearchRequest request) {
        Query fuzzy = query(request, true);
        return availability.call("suggest", () -> {
            SearchResponse<Void> response = client.search(s -> s
                    .index(SearchIndexAdmin.CONTENT_ALIAS)
                    .size(1)
                    .source(src -> src.fetch(false))
                    .query(fuzzy)
                    .highlight(h -> h.preTags("<mark>").postTags("</mark>").encoder(HighlighterEncoder.Html)
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(100).numberOfFragments(1))))),
                    Void.class);
            return response.hits().hits().stream().findFirst()
                    .map(hit -> suggestion(request.text(), hit.highlight()));
        }, Optional.<String>empty()).filter(s -> !s.isBlank());
    }

    static String suggestion(String typed, Map<String, List<String>> highlights) {
        Set<String> words = new LinkedHashSet<>();
        for (String field : List.of("title", "body")) {
            for (String fragment : highlights.getOrDefault(field, List.of())) {
                Matcher m = MARKED.matcher(fragment);
                while (m.find()) {
                    words.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        int max = Math.max(1, typed.split("\\s+").length);
        String suggestion = String.join(" ", words.stream().limit(max).toList());
        return suggestion.equalsIgnoreCase(typed) ? "" : suggestion;
    }

    private static Query query(SearchRequest request, boolean fuzzy) {
        Query text = request.text().isEmpty()
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.multiMatch(m -> {
                    m.query(request.text()).fields("title^3", "body");
                    return fuzzy ? m.fuzziness("AUTO") : m;
                }));
        if (request.filters().isEmpty()) {
            return text;
        }
        List<Query> filters = new ArrayList<>();
        request.filters().forEach((facet, value) -> filters.add(Query.of(q -> q.term(t -> t
                .field("facets." + facet).value(FieldValue.of(value))))));
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    private static FacetedResults toResults(SearchResponse<SearchDocument> response) {
        List<SearchHit> hits = response.hits().hits().stream()
                .filter(h -> h.source() != null)
                .map(h -> new SearchHit(h.source(), h.score() == null ? 0 : h.score(), h.highlight()))
                .toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<String, List<FacetedResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : COUNTED_FACETS) {
            Aggregate aggregate = response.aggregations().get(facet);
            List<FacetedResults.FacetCount> counts = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    counts.add(new FacetedResults.FacetCount(bucket.key().stringValue(), bucket.docCount()));
                }
            }
            facets.put(facet, counts);
        }
        return new FacetedResults(true, total, hits, facets, Optional.empty());
    }
}
