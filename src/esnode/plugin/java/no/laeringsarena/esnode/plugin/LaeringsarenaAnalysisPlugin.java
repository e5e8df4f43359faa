package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The local node's stand-in for the parts of two Elasticsearch modules that are not on Maven Central and that
 * Læringsarena uses: analysis-common (Norwegian analysis, synonyms, edge n-grams,
 * dictionary decompounding) and rest-root (GET / and HEAD /).
 * Every name and parameter is the one analysis-common uses, so the same index settings work on a stock cluster,
 * where this plugin must not be installed. Nothing here exists that stock Elasticsearch does not have.
 */
public class LaeringsarenaAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("norwegian", NorwegianAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        // the server only pre-configures a bare "lowercase"; analysis-common adds the configurable one
        filters.put("lowercase", (index, env, name, s) -> LowercaseFilters.create(name, s));
        filters.put("stemmer", (index, env, name, s) -> StemmerFilters.create(name, s));
        filters.put("asciifolding", (index, env, name, s) -> {
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return SimpleFilter.of(name, ts -> new ASCIIFoldingFilter(ts, preserveOriginal));
        });
        filters.put("scandinavian_folding", (index, env, name, s) -> SimpleFilter.of(name, ScandinavianFoldingFilter::new));
        filters.put("scandinavian_normalization",
            (index, env, name, s) -> SimpleFilter.of(name, ScandinavianNormalizationFilter::new));
        filters.put("edge_ngram", (index, env, name, s) -> EdgeNGrams.filter(name, s));
        filters.put("word_delimiter_graph", (index, env, name, s) -> WordDelimiterGraphFilterFactory.create(name, s));
        // needs its word list: never built without the index's settings (as analysis-common)
        filters.put("dictionary_decompounder", AnalysisPlugin.requiresAnalysisSettings(
            (index, env, name, s) -> DictionaryDecompounderFilterFactory.create(name, s)));
        filters.put("synonym_graph", AnalysisPlugin.requiresAnalysisSettings(SynonymGraphFilterFactory::new));
        return filters;
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("edge_ngram", (index, env, name, s) -> EdgeNGrams.tokenizer(name, s));
    }

    @Override
    public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodesInCluster,
                                                   Predicate<NodeFeature> clusterSupportsFeature) {
        return List.of(new RootRestHandler(clusterService::get));
    }
}
