package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/** analysis-common's "norwegian" analyzer: Lucene's NorwegianAnalyzer with {@code stopwords} and {@code stem_exclusion}. */
final class NorwegianAnalyzerProvider extends AbstractIndexAnalyzerProvider<NorwegianAnalyzer> {

    private final NorwegianAnalyzer analyzer;

    NorwegianAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        analyzer = new NorwegianAnalyzer(
            Analysis.parseStopWords(env, settings, NorwegianAnalyzer.getDefaultStopSet()),
            Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
    }

    @Override
    public NorwegianAnalyzer get() {
        return analyzer;
    }
}
