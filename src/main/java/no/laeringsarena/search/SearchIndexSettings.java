package no.laeringsarena.search;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Norwegian analysis every Læringsarena index shares, and the content index mapping, as the JSON bodies
 * Elasticsearch takes. Uses only analysis-common names (stemmer, synonym_graph, edge_ngram, dictionary_decompounder, scandinavian_folding),
 * so the same settings work on a stock cluster and on the local node.
 * <ul>
 * <li>{@code no_text}: index analyzer: standard tokenizer, lowercase, light Norwegian stemmer, Scandinavian folding
 *     ("bilene" and "bil" both become "bil"; "å" is folded, so "kommunesammenslaing" matches too)</li>
 *     and dictionary decompounding at index time: a word containing a part of {@value #COMPOUND_PARTS_RESOURCE} is also
 *     indexed under that part ("kravspesifikasjonsmal" under "krav", "spesifikasjon" and "kravspesifikasjon"); the
 *     limits are in that file</li>
 * <li>{@code no_synonyms}: search analyzer: the same plus the domain synonyms ({@value #SYNONYMS_RESOURCE})</li>
 * <li>{@code no_autocomplete} / {@code no_autocomplete_search}: edge n-grams 2 to 20 of title words, for suggestions</li>
 * </ul>
 */
public final class SearchIndexSettings {

    public static final String SYNONYMS_RESOURCE = "search/synonyms-nb.txt";
    public static final String COMPOUND_PARTS_RESOURCE = "search/compound-parts-nb.txt";
    /** Longest part the decompounder looks for (e.g. "informasjonssikkerhet"). */
    static final int MAX_COMPOUND_PART = 25;
    public static final String TEXT_ANALYZER = "no_text";
    public static final String SEARCH_ANALYZER = "no_synonyms";
    public static final String AUTOCOMPLETE_ANALYZER = "no_autocomplete";
    public static final String AUTOCOMPLETE_SEARCH_ANALYZER = "no_autocomplete_search";

    private SearchIndexSettings() {
    }

    /** Replicas by default: one copy more when the cluster has a second node, none on a single node. */
    public static final String AUTO_REPLICAS = "auto";

    /** Index settings: one shard, a replica when there is a second node, and the analysis. */
    public static JsonObject settings() {
        return settings(synonyms());
    }

    /** As {@link #settings()} with these synonym rules instead of the shipped ones. */
    public static JsonObject settings(List<String> synonyms) {
        return settings(synonyms, AUTO_REPLICAS);
    }

    /**
     * As {@link #settings(List)} with the replicas of setting {@code search.replicas}: {@value #AUTO_REPLICAS} (0 on
     * one node, 1 from two nodes on) or a fixed number of copies of every shard besides the primary (e.g. 2 on a
     * three-node cluster that should survive losing two nodes).
     */
    public static JsonObject settings(List<String> synonyms, String replicas) {
        JsonObjectBuilder index = JSON.createObjectBuilder().add("number_of_shards", 1);
        if (replicas == null || replicas.isBlank() || AUTO_REPLICAS.equalsIgnoreCase(replicas.strip())) {
            index.add("auto_expand_replicas", "0-1");
        } else {
            index.add("auto_expand_replicas", "false").add("number_of_replicas", replicaCount(replicas.strip()));
        }
        return JSON.createObjectBuilder()
            .add("index", index)
            .add("analysis", analysis(synonyms))
            .build();
    }

    private static int replicaCount(String replicas) {
        try {
            int count = Integer.parseInt(replicas);
            if (count >= 0 && count <= 10) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // the message below
        }
        throw new IllegalArgumentException("search.replicas (SEARCH_REPLICAS) must be \"auto\" or a number from 0 to 10, "
            + "not '" + replicas + "'");
    }

    static JsonObject analysis(List<String> synonyms) {
        return JSON.createObjectBuilder()
            .add("filter", JSON.createObjectBuilder()
                .add("no_stemmer", JSON.createObjectBuilder().add("type", "stemmer").add("language", "light_norwegian"))
                .add("no_synonym_graph", JSON.createObjectBuilder()
                    .add("type", "synonym_graph")
                    .add("synonyms", JSON.createArrayBuilder(synonyms)))
                .add("no_edge_ngrams", JSON.createObjectBuilder()
                    .add("type", "edge_ngram").add("min_gram", 2).add("max_gram", 20))
                .add("no_decompounder", JSON.createObjectBuilder()
                    .add("type", "dictionary_decompounder")
                    .add("word_list", JSON.createArrayBuilder(compoundParts()))
                    .add("min_word_size", 7)
                    .add("min_subword_size", 4)
                    .add("max_subword_size", MAX_COMPOUND_PART)
                    .add("only_longest_match", false)))
            .add("analyzer", JSON.createObjectBuilder()
                .add(TEXT_ANALYZER, custom("lowercase", "no_decompounder", "no_stemmer", "scandinavian_folding"))
                .add(SEARCH_ANALYZER, custom("lowercase", "no_synonym_graph", "no_stemmer", "scandinavian_folding"))
                .add(AUTOCOMPLETE_ANALYZER, custom("lowercase", "scandinavian_folding", "no_edge_ngrams"))
                .add(AUTOCOMPLETE_SEARCH_ANALYZER, custom("lowercase", "scandinavian_folding")))
            .build();
    }

    /** Mapping of the content index ({@link SearchDocument}); facets.* become keywords, other new fields are refused. */
    public static JsonObject contentMappings() {
        return JSON.createObjectBuilder()
            .add("dynamic", "strict")
            .add("dynamic_templates", JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("facets_as_keywords", JSON.createObjectBuilder()
                    .add("path_match", "facets.*")
                    .add("mapping", JSON.createObjectBuilder().add("type", "keyword")))))
            .add("properties", JSON.createObjectBuilder()
                .add("id", keyword())
                .add("type", keyword())
                .add("language", keyword())
                .add("url", JSON.createObjectBuilder().add("type", "keyword").add("index", false))
                .add("title", text()
                    .add("fields", JSON.createObjectBuilder()
                        .add("autocomplete", JSON.createObjectBuilder()
                            .add("type", "text")
                            .add("analyzer", AUTOCOMPLETE_ANALYZER)
                            .add("search_analyzer", AUTOCOMPLETE_SEARCH_ANALYZER))
                        .add("raw", keyword().add("ignore_above", 256))))
                .add("body", text())
                .add("facets", JSON.createObjectBuilder().add("type", "object").add("dynamic", true)))
            .build();
    }

    /** The synonym rules from {@value #SYNONYMS_RESOURCE}, without comments and blank lines. */
    public static List<String> synonyms() {
        return lines(SYNONYMS_RESOURCE);
    }

    /** The compound-word parts from {@value #COMPOUND_PARTS_RESOURCE}, without comments and blank lines. */
    public static List<String> compoundParts() {
        return lines(COMPOUND_PARTS_RESOURCE);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SearchIndexSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static JsonObjectBuilder custom(String... filters) {
        JsonArrayBuilder chain = JSON.createArrayBuilder();
        for (String filter : filters) {
            chain.add(filter);
        }
        return JSON.createObjectBuilder().add("type", "custom").add("tokenizer", "standard").add("filter", chain);
    }

    private static JsonObjectBuilder text() {
        return JSON.createObjectBuilder()
            .add("type", "text")
            .add("analyzer", TEXT_ANALYZER)
            .add("search_analyzer", SEARCH_ANALYZER);
    }

    private static JsonObjectBuilder keyword() {
        return JSON.createObjectBuilder().add("type", "keyword");
    }
}
