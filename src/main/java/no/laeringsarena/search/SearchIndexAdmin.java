package no.laeringsarena.search;

import static no.laeringsarena.platform.JsonSupport.JSON;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content index and what can be done with it. The index is versioned (the first is {@value #CONTENT_INDEX}, later
 * ones are named by the time of their rebuild) and always used through its alias ({@value #CONTENT_ALIAS}): a full
 * reindex ({@link SearchReindexer}) builds a new index beside the live one and moves the alias in one atomic step.
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

    /** Replicas of a new index (env SEARCH_REPLICAS): "auto" or a number; "auto" when not injected (tests). */
    @Inject
    @ConfigProperty(name = "search.replicas", defaultValue = SearchIndexSettings.AUTO_REPLICAS)
    String replicas;
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

    // ----- index lifecycle: a new index beside the live one, filled, then the alias moved in one step -----

    /** The index the alias points to now, if any. */
    public Optional<String> liveIndex() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(CONTENT_ALIAS)).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(a -> a.name(CONTENT_ALIAS)).aliases().keySet().stream().sorted().findFirst();
    }

    /** A new, empty content index with the shipped settings and mappings (not behind the alias yet). */
    public void createIndex(String index) throws IOException {
        createIndex(index, SearchIndexSettings.synonyms());
    }

    /** As {@link #createIndex(String)} with these synonym rules. */
    public void createIndex(String index, List<String> synonyms) throws IOException {
        String body = JSON.createObjectBuilder()
            .add("settings", SearchIndexSettings.settings(synonyms, replicas))
            .add("mappings", SearchIndexSettings.contentMappings())
            .build().toString();
        client.indices().create(c -> c.withJson(new StringReader(body)).index(index));
        LOG.info(() -> "Search: created index " + index);
    }

    /** Writes documents into one index (not the alias) in one bulk request; throws when any was refused. */
    public void bulkIndex(String index, List<SearchDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(b -> {
            documents.forEach(d -> b.operations(op -> op.index(i -> i.index(index).id(d.id()).document(d))));
            return b;
        });
        if (response.errors()) {
            String first = response.items().stream().filter(i -> i.error() != null).findFirst()
                .map(i -> i.id() + ": " + i.error().reason()).orElse("?");
            throw new IllegalStateException("Search: bulk indexing into " + index + " refused: " + first);
        }
    }

    /** Makes one index's documents searchable now, and tells how many it holds. */
    public long refreshAndCount(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.count(c -> c.index(index)).count();
    }

    /** Points the alias at {@code index} and away from every other index, in one atomic step. */
    public void moveAlias(String index) throws IOException {
        Set<String> holders = client.indices().existsAlias(a -> a.name(CONTENT_ALIAS)).value()
            ? client.indices().getAlias(a -> a.name(CONTENT_ALIAS)).aliases().keySet()
            : Set.of();
        client.indices().updateAliases(u -> {
            holders.stream().filter(h -> !h.equals(index))
                .forEach(h -> u.actions(a -> a.remove(r -> r.index(h).alias(CONTENT_ALIAS))));
            return u.actions(a -> a.add(ad -> ad.index(index).alias(CONTENT_ALIAS).isWriteIndex(true)));
        });
        LOG.info(() -> "Search: alias " + CONTENT_ALIAS + " moved to " + index + " (from " + holders + ")");
    }

    /** Deletes content indexes that are not behind the alias (old generations, failed rebuilds). */
    public List<String> deleteIndexesBesides(String keep) throws IOException {
        List<String> old = client.indices().get(g -> g.index(CONTENT_ALIAS + "-*")).indices().keySet().stream()
            .filter(name -> !name.equals(keep)).sorted().toList();
        for (String name : old) {
            client.indices().delete(d -> d.index(name));
            LOG.info(() -> "Search: deleted old index " + name);
        }
        return old;
    }

    /** Deletes one index, if it is there (a rebuild that failed). */
    public void deleteIndex(String index) {
        availability.call("delete index " + index, () -> {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            return true;
        }, false);
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

    /** The alias is there (behind whatever index a rebuild left), or the first index is created behind it. */
    private void ensureIndex(String index, String alias) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()
                && !client.indices().getAlias(a -> a.name(alias)).aliases().isEmpty()) {
            return;
        }
        if (!client.indices().exists(e -> e.index(index)).value()) {
            try {
                createIndex(index);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        client.indices().putAlias(a -> a.index(index).name(alias));
        LOG.info(() -> "Search: alias " + alias + " -> " + index);
    }
}
