package no.laeringsarena.search.api;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.search.ContentSearch;
import no.laeringsarena.search.FacetedResults;
import no.laeringsarena.search.SearchHit;
import no.laeringsarena.search.SearchIndexAdmin;
import no.laeringsarena.search.SearchRequest;
import no.laeringsarena.search.SearchUsage;

/**
 * {@code GET /api/search?q=&type=&section=&sector=&theme=&phase=&audience=&sort=relevance|date&page=&size=}: the one search as JSON,
 * open to everyone (only published content is indexed). Answers
 * {@code {"total", "page", "size", "hits": [{"kind","id","title","url","highlight"}], "facets": {...}}},
 * 400 with {@code {"error","message"}} for bad parameters, 503 when search is unavailable.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_SIZE = 50;
    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    SearchUsage usage;

    @Inject
    ContentSearch search;

    @Inject
    SearchIndexAdmin admin;

    @Context
    UriInfo uri;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type,
                           @QueryParam("section") String section, @QueryParam("sector") String sector,
                           @QueryParam("theme") String theme, @QueryParam("phase") String phase,
                           @QueryParam("audience") String audience,
                           @QueryParam("sort") String sort, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            return badRequest("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        Integer pageNo = number(page, 1);
        if (pageNo == null || pageNo < 1 || pageNo > 1000) {
            return badRequest("page must be a whole number from 1 to 1000");
        }
        Integer pageSize = number(size, 10);
        if (pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            return badRequest("size must be a whole number from 1 to " + MAX_SIZE);
        }
        SearchRequest.Sort order;
        if (sort == null || sort.isBlank() || sort.equals("relevance")) {
            order = SearchRequest.Sort.RELEVANCE;
        } else if (sort.equals("date")) {
            order = SearchRequest.Sort.DATE;
        } else {
            return badRequest("sort must be 'relevance' or 'date'");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("type", nz(type));
        given.put("section", nz(section));
        given.put("sector", nz(sector));
        given.put("theme", nz(theme));
        given.put("phase", nz(phase));
        given.put("audience", nz(audience));
        for (Map.Entry<String, String> filter : given.entrySet()) {
            String value = filter.getValue().strip();
            if (!value.isEmpty()) {
                if (!ContentSearch.isFacetValue(filter.getKey(), value)) {
                    return badRequest(ContentSearch.FREE_TEXT_FACETS.contains(filter.getKey())
                            ? filter.getKey() + " must be plain text of at most 200 characters"
                            : filter.getKey() + " must be a key such as 'sjekkliste' or 'helse-og-velferd'");
                }
                filters.put(filter.getKey(), value);
            }
        }
        usage.counted();
        FacetedResults results = search.search(new SearchRequest(text, filters, order, pageNo, pageSize));
        if (!results.available()) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "search_unavailable",
                    "search is unavailable right now; try again in a moment");
        }
        return Response.ok(toJson(results, pageNo, pageSize)).build();
    }

    /** {@code GET /api/search/suggestions?q=kravs}: up to 8 titles that have words starting with what was typed. */
    @GET
    @Path("suggestions")
    public Response suggestions(@QueryParam("q") String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            return badRequest("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        JsonArrayBuilder titles = JSON.createArrayBuilder();
        admin.suggestTitles(text, 8).forEach(titles::add);
        return Response.ok(titles.build()).build();
    }

    private JsonObject toJson(FacetedResults results, int page, int size) {
        String base = uri.getBaseUri().getPath().replaceFirst("api/?$", "");
        JsonArrayBuilder hits = JSON.createArrayBuilder();
        for (SearchHit hit : results.hits()) {
            JsonObjectBuilder h = JSON.createObjectBuilder()
                    .add("kind", hit.document().type())
                    .add("id", hit.document().id())
                    .add("title", hit.document().title() == null ? "" : hit.document().title())
                    .add("url", base + (hit.document().url() == null ? "" : hit.document().url()))
                    .add("highlight", highlight(hit));
            hits.add(h);
        }
        JsonObjectBuilder facets = JSON.createObjectBuilder();
        results.facets().forEach((name, counts) -> {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            counts.forEach(c -> values.add(c.value(), c.count()));
            facets.add(name, values);
        });
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("total", results.total())
                .add("page", page)
                .add("size", size)
                .add("hits", hits)
                .add("facets", facets);
        results.didYouMean().ifPresent(s -> body.add("didYouMean", s));
        return body.build();
    }

    private static String highlight(SearchHit hit) {
        Map<String, List<String>> h = hit.highlights() == null ? Map.of() : hit.highlights();
        List<String> body = h.getOrDefault("body", List.of());
        if (!body.isEmpty()) {
            return String.join(" … ", body);
        }
        return String.join(" ", h.getOrDefault("title", List.of()));
    }

    private static Integer number(String text, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Response badRequest(String message) {
        return error(Response.Status.BAD_REQUEST, "bad_request", message);
    }

    private static Response error(Response.Status status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(JSON.createObjectBuilder().add("error", error).add("message", message).build()).build();
    }
}
