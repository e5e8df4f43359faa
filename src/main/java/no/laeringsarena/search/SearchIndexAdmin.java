package no.laeringsarena.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The content index and what can be done with it. The index is versioned ({@value #CONTENT_INDEX}) and used through
 * its alias ({@value #CONTENT_ALIAS}), so a new version can be built beside it and the alias switched.
 * <p>
 * Nothing here throws because Elasticsearch is down: {@link #ensureIndexes()}, {@link #index} and {@link #delete}
 * answer false (retry later, e.g. from an outbox), {@link #search} answers {@link SearchResults#available()} false.
 * Indexes are ensured at start-up and again on first use after the cluster was unreachable.
 */
@ApplicationScoped
public class SearchIndexAdmin {

    public static final String CONTENT_ALIAS = "laeringsarena-content";
    public static final String CONTENT_INDEX = CONTENT_ALIAS + "-v1";

    private static final Logger LOG = Logger.getLogger(SearchIndexAdmin.class.getName());

    private ElasticsearchClient client;
    private final SearchAvailability availability = new SearchAvailability();
    private volatile boolean ensured;

    protected SearchIndexAdmin() {
        // for CDI proxies
    }

    @Inject
    public SearchIndexAdmin(ElasticsearchClient client) {
        this.client = client;
    }

    /** True when the cluster answers. */
    public boolean isAvailable() {
        return availability.call("ping", () -> client.ping().value(), false);
    }

    /** Creates the versioned indexes and their aliases where missing. Idempotent; false when the cluster is unreachable. */
    public boolean ensureIndexes() {
        ensured = availability.call("create the search indexes", () -> {
            ensureIndex(CONTENT_INDEX, CONTENT_ALIAS);
            return true;
        }, false);
        return ensured;
    }

    /** Adds or replaces a document. False when the cluster is unreachable. */
    public boolean index(SearchDocument document) {
        return index(document, false);
    }

    /** As {@link #index(SearchDocument)}; with {@code visibleNow} the call waits until searches see the change. */
    public boolean index(SearchDocument document, boolean visibleNow) {
        return ensuredIndexes() && availability.call("index " + document.id(), () -> {
            client.index(i -> i.index(CONTENT_ALIAS).id(document.id()).document(document)
                .refresh(visibleNow ? Refresh.WaitFor : Refresh.False));
            return true;
        }, false);
    }

    /** Removes a document (no error when it is not there). False when the cluster is unreachable. */
    public boolean delete(String id) {
        return ensuredIndexes() && availability.call("delete " + id, () -> {
            client.delete(d -> d.index(CONTENT_ALIAS).id(id));
            return true;
        }, false);
    }

    /** Makes every change so far visible to searches (imports, tests). */
    public boolean refresh() {
        return ensuredIndexes() && availability.call("refresh", () -> {
            client.indices().refresh(r -> r.index(CONTENT_ALIAS));
            return true;
        }, false);
    }

    /** Full-text search in titles (weighted) and bodies, optionally of one type, with highlighted fragments. */
    public SearchResults search(String text, Optional<String> type, int size) {
        if (!ensuredIndexes()) {
            return SearchResults.unavailable();
        }
        Query match = Query.of(q -> q.multiMatch(m -> m.query(text).fields("title^3", "body")));
        Query query = type.isEmpty() ? match : Query.of(q -> q.bool(b -> b
            .must(match)
            .filter(f -> f.term(t -> t.field("type").value(type.get())))));
        return availability.call("search", () -> toResults(client.search(s -> s
            .index(CONTENT_ALIAS)
            .size(size)
            .query(query)
            .highlight(h -> h
                .encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>")
                .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                .fields(NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2))))),
            SearchDocument.class)), SearchResults.unavailable());
    }

    /** Titles that have words starting with the typed words (the autocomplete field), best first. */
    public List<String> suggestTitles(String prefix, int size) {
        if (prefix.isBlank() || !ensuredIndexes()) {
            return List.of();
        }
        return availability.call("suggest titles", () -> client.search(s -> s
                .index(CONTENT_ALIAS)
                .size(size)
                .source(src -> src.filter(f -> f.includes("title")))
                .query(q -> q.match(m -> m.field("title.autocomplete").query(prefix).operator(Operator.And))),
            TitleOnly.class).hits().hits().stream()
            .map(Hit::source)
            .filter(java.util.Objects::nonNull)
            .map(TitleOnly::title)
            .distinct()
            .toList(), List.<String>of());
    }

    private record TitleOnly(String title) {
    }

    boolean ensuredIndexes() {
        return ensured || ensureIndexes();
    }

    private static SearchResults toResults(SearchResponse<SearchDocument> response) {
        List<SearchHit> hits = response.hits().hits().stream()
            .map(h -> new SearchHit(h.source(), h.score() == null ? 0 : h.score(), h.highlight()))
            .toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResults(true, total, hits);
    }

    private void ensureIndex(String index, String alias) throws IOException {
        if (!client.indices().exists(e -> e.index(index)).value()) {
            String body = Json.createObjectBuilder()
                .add("settings", SearchIndexSettings.settings())
                .add("mappings", SearchIndexSettings.contentMappings())
                .build().toString();
            try {
                client.indices().create(c -> c.withJson(new StringReader(body)).index(index));
                LOG.info(() -> "Search: created index " + index);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        Set<String> holders = client.indices().existsAlias(a -> a.name(alias)).value()
            ? client.indices().getAlias(a -> a.name(alias)).aliases().keySet()
            : Set.of();
        if (holders.isEmpty()) {
            client.indices().putAlias(a -> a.index(index).name(alias));
            LOG.info(() -> "Search: alias " + alias + " -> " + index);
        } else if (!holders.contains(index)) {
            LOG.warning(() -> "Search: alias " + alias + " points to " + holders + ", not to " + index
                + ": reindex into " + index + " and move the alias");
        }
    }
}
