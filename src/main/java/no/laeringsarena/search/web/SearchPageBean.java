package no.laeringsarena.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.platform.web.FilterLink;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.platform.web.QueryLinks;
import no.laeringsarena.search.ContentSearch;
import no.laeringsarena.search.FacetedResults;
import no.laeringsarena.search.SearchHit;
import no.laeringsarena.search.SearchRequest;
import no.laeringsarena.search.SearchUsage;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;

/**
 * The search page ({@code sok.xhtml?q=...&type=...&section=...&sector=...&sort=date&page=2}): one box, results with
 * highlighted matches, facet counts as filter links, relevance or date order, "did you mean", and a plain message
 * when search is unavailable. Everything is in the address, so results can be bookmarked and shared.
 */
@Named("searchPage")
@RequestScoped
public class SearchPageBean {

    static final String PAGE = "sok.xhtml";
    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY_LENGTH = 200;

    /** One result as the page shows it; the title and snippet are safe HTML with {@code <mark>} only. */
    public record Result(String kindLabel, String titleHtml, String snippetHtml, String url) {
    }

    /** A facet with its values. */
    public record Facet(String name, String label, List<FilterLink> values) {
    }

    @Inject
    SearchUsage usage;

    @Inject
    ContentSearch search;

    @Inject
    LanguageSelection language;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    private Map<String, String> params;
    private FacetedResults results;
    private boolean tooLong;

    public String getQ() {
        return params().getOrDefault("q", "");
    }

    public boolean isSearched() {
        return !params().isEmpty() && !tooLong;
    }

    public boolean isTooLong() {
        params();
        return tooLong;
    }

    public FacetedResults getResults() {
        if (results == null) {
            if (isSearched()) {
                usage.counted();
                results = search.search(new SearchRequest(getQ(), filters(), sort(), page(), PAGE_SIZE));
            } else {
                results = new FacetedResults(true, 0, List.of(), Map.of(), java.util.Optional.empty());
            }
        }
        return results;
    }

    public boolean isUnavailable() {
        return isSearched() && !getResults().available();
    }

    public boolean isShowResults() {
        return isSearched() && getResults().available() && getResults().total() > 0;
    }

    public boolean isNoHits() {
        return isSearched() && getResults().available() && getResults().total() == 0;
    }

    public String getDidYouMean() {
        return getResults().didYouMean().orElse(null);
    }

    /** "sjekkliste?" */
    public String getDidYouMeanLabel() {
        return getDidYouMean() + "?";
    }

    public String getDidYouMeanUrl() {
        return QueryLinks.with(PAGE, params(), "q", getDidYouMean());
    }

    public String getTotalText() {
        return Messages.text("search.total", getResults().total());
    }

    public List<Result> getHits() {
        List<Result> hits = new ArrayList<>();
        for (SearchHit hit : getResults().hits()) {
            List<String> title = hit.highlights() == null ? List.of() : hit.highlights().getOrDefault("title", List.of());
            List<String> body = hit.highlights() == null ? List.of() : hit.highlights().getOrDefault("body", List.of());
            String snippet = body.isEmpty() ? escape(abbreviate(hit.document().body())) : String.join(" … ", body);
            hits.add(new Result(kindLabel(hit), title.isEmpty() ? escape(hit.document().title()) : title.get(0),
                    snippet, hit.document().url()));
        }
        return hits;
    }

    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        getResults().facets().forEach((name, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            List<FilterLink> values = new ArrayList<>();
            String current = params().getOrDefault(name, "");
            if (!current.isEmpty()) {
                values.add(new FilterLink(Messages.text("search.facet.any"), -1, QueryLinks.with(PAGE, withoutPage(), name, null), false));
            }
            counts.forEach(c -> values.add(new FilterLink(label(name, c.value()), c.count(),
                    QueryLinks.with(PAGE, withoutPage(), name, current.equals(c.value()) ? null : c.value()),
                    current.equals(c.value()))));
            facets.add(new Facet(name, Messages.text("search.facet." + name), values));
        });
        return facets;
    }

    public List<FilterLink> getSortLinks() {
        boolean byDate = sort() == SearchRequest.Sort.DATE;
        return List.of(
                new FilterLink(Messages.text("search.sort.relevance"), -1, QueryLinks.with(PAGE, withoutPage(), "sort", null), !byDate),
                new FilterLink(Messages.text("search.sort.date"), -1, QueryLinks.with(PAGE, withoutPage(), "sort", "date"), byDate));
    }

    public String getPreviousUrl() {
        return page() > 1 ? QueryLinks.with(PAGE, params(), "page", page() == 2 ? null : String.valueOf(page() - 1)) : null;
    }

    public String getNextUrl() {
        return (long) page() * PAGE_SIZE < getResults().total() ? QueryLinks.with(PAGE, params(), "page", String.valueOf(page() + 1)) : null;
    }

    public Map<String, String> getHiddenFilters() {
        Map<String, String> hidden = new LinkedHashMap<>(filters());
        if (sort() == SearchRequest.Sort.DATE) {
            hidden.put("sort", "date");
        }
        return hidden;
    }

    public List<Map.Entry<String, String>> getHiddenFilterList() {
        return new ArrayList<>(getHiddenFilters().entrySet());
    }

    private String kindLabel(SearchHit hit) {
        List<String> type = hit.document().facets().getOrDefault("type", List.of());
        return type.isEmpty() ? Messages.text("search.kind." + hit.document().type()) : label("type", type.get(0));
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "type" -> Messages.text("search.value.type." + value);
            case "section" -> Messages.text("toolbox.section." + value);
            case "sector" -> {
                var term = TaxonomyTerms.find(em, TermKind.SECTOR, value);
                yield term == null ? value : term.getName().in(language.getTag());
            }
            case "theme" -> {
                var term = TaxonomyTerms.find(em, TermKind.THEME, value);
                yield term == null ? value : term.getName().in(language.getTag());
            }
            case "phase" -> Messages.text("toolbox.phase." + value);
            default -> value;
        };
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : ContentSearch.COUNTED_FACETS) {
            String value = params().get(name);
            if (value != null) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    private SearchRequest.Sort sort() {
        return "date".equals(params().get("sort")) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
    }

    private int page() {
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(params().getOrDefault("page", "1"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Map<String, String> withoutPage() {
        Map<String, String> p = new LinkedHashMap<>(params());
        p.remove("page");
        return p;
    }

    private Map<String, String> params() {
        if (params == null) {
            params = new LinkedHashMap<>();
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            String q = request.get("q");
            if (q != null && !q.isBlank()) {
                if (q.strip().length() > MAX_QUERY_LENGTH) {
                    tooLong = true;
                    Messages.error(null, "search.tooLong", MAX_QUERY_LENGTH);
                }
                params.put("q", q.strip());
            }
            for (String name : ContentSearch.COUNTED_FACETS) {
                String value = request.get(name);
                if (value != null && ContentSearch.isFacetValue(name, value)) {
                    params.put(name, value);
                }
            }
            if ("date".equals(request.get("sort"))) {
                params.put("sort", "date");
            }
            String page = request.get("page");
            if (page != null && page.matches("[0-9]{1,3}")) {
                params.put("page", page);
            }
        }
        return params;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
