package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.tartarus.snowball.ext.NorwegianStemmer;

import java.util.Locale;

/**
 * The Norwegian and English languages of analysis-common's "stemmer" filter ({@code language}, or the older
 * {@code name}; default porter / english, as there).
 */
final class StemmerFilters {

    // NorwegianLightStemmer.BOKMAAL / NYNORSK are package-private in Lucene
    private static final int BOKMAAL = 1;
    private static final int NYNORSK = 2;

    private StemmerFilters() {
    }

    static TokenFilterFactory create(String name, Settings settings) {
        String language = settings.get("language", settings.get("name", "porter")).toLowerCase(Locale.ROOT);
        return switch (language) {
            case "norwegian" -> SimpleFilter.of(name, ts -> new SnowballFilter(ts, new NorwegianStemmer()));
            case "light_norwegian", "norwegian_light" -> SimpleFilter.of(name, ts -> new NorwegianLightStemFilter(ts, BOKMAAL));
            case "minimal_norwegian", "norwegian_minimal" ->
                SimpleFilter.of(name, ts -> new NorwegianMinimalStemFilter(ts, BOKMAAL));
            case "light_nynorsk", "nynorsk_light" -> SimpleFilter.of(name, ts -> new NorwegianLightStemFilter(ts, NYNORSK));
            case "minimal_nynorsk", "nynorsk_minimal" -> SimpleFilter.of(name, ts -> new NorwegianMinimalStemFilter(ts, NYNORSK));
            case "english", "porter" -> SimpleFilter.of(name, PorterStemFilter::new);
            case "light_english", "kstem" -> SimpleFilter.of(name, KStemFilter::new);
            case "minimal_english" -> SimpleFilter.of(name, EnglishMinimalStemFilter::new);
            case "possessive_english" -> SimpleFilter.of(name, EnglishPossessiveFilter::new);
            default -> throw new IllegalArgumentException("stemmer language [" + language
                + "] is not in the local node's analysis plugin (it has the Norwegian and English ones)");
        };
    }
}
