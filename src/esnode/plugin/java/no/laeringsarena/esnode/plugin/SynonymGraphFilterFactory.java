package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * analysis-common's "synonym_graph" filter for rules given inline ({@code synonyms}) or in a file under the node's
 * config dir ({@code synonyms_path}); {@code format} solr (default) or wordnet, {@code expand}, {@code lenient},
 * {@code updateable}. Synonym sets stored in the cluster ({@code synonyms_set}) are not supported.
 * As in Elasticsearch, the rules are analysed with the tokenizer and the filters that precede this one.
 */
final class SynonymGraphFilterFactory extends AbstractTokenFilterFactory {

    private final List<String> rules;
    private final boolean expand;
    private final boolean lenient;
    private final boolean wordnet;
    private final AnalysisMode analysisMode;

    SynonymGraphFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        if (settings.get("synonyms_set") != null) {
            throw new IllegalArgumentException("synonyms_set is not supported by the local node's analysis plugin; use [synonyms]");
        }
        if (settings.get("synonyms") == null && settings.get("synonyms_path") == null) {
            throw new IllegalArgumentException("synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
        }
        rules = Analysis.getWordList(env, settings, "synonyms");
        expand = settings.getAsBoolean("expand", true);
        lenient = settings.getAsBoolean("lenient", false);
        wordnet = "wordnet".equals(settings.get("format", "solr").toLowerCase(Locale.ROOT));
        analysisMode = settings.getAsBoolean("updateable", false) ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
                                                              List<CharFilterFactory> charFilters,
                                                              List<TokenFilterFactory> previousTokenFilters,
                                                              Function<String, TokenFilterFactory> allFilters) {
        Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(CharFilterFactory[]::new),
            previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new));
        SynonymMap map = buildMap(ruleAnalyzer);
        String name = name();
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return map.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, map, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                return IDENTITY_FILTER;   // synonym rules are not themselves run through synonyms
            }

            @Override
            public AnalysisMode getAnalysisMode() {
                return analysisMode;
            }
        };
    }

    private SynonymMap buildMap(Analyzer ruleAnalyzer) {
        try {
            SynonymMap.Parser parser = wordnet
                ? new WordnetSynonymParser(true, expand, ruleAnalyzer)
                : new SolrSynonymParser(true, expand, ruleAnalyzer);
            for (String rule : rules) {
                parseRule(parser, rule);
            }
            return parser.build();
        } catch (IOException e) {
            throw new IllegalArgumentException("failed to build synonyms for [" + name() + "]", e);
        }
    }

    private void parseRule(SynonymMap.Parser parser, String rule) throws IOException {
        try {
            if (parser instanceof SolrSynonymParser solr) {
                solr.parse(new StringReader(rule));
            } else {
                ((WordnetSynonymParser) parser).parse(new StringReader(rule));
            }
        } catch (ParseException | IllegalArgumentException e) {
            if (!lenient) {
                throw new IllegalArgumentException("failed to build synonyms for [" + name() + "]: invalid rule [" + rule + "]", e);
            }
        }
    }
}
