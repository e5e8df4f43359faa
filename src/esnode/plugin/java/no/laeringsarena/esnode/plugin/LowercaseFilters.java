package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.Locale;

/** analysis-common's configurable "lowercase" filter: optional {@code language} greek, irish or turkish. */
final class LowercaseFilters {

    private LowercaseFilters() {
    }

    static TokenFilterFactory create(String name, Settings settings) {
        String language = settings.get("language");
        if (language == null) {
            return SimpleFilter.of(name, LowerCaseFilter::new);
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "greek" -> SimpleFilter.of(name, GreekLowerCaseFilter::new);
            case "irish" -> SimpleFilter.of(name, IrishLowerCaseFilter::new);
            case "turkish" -> SimpleFilter.of(name, TurkishLowerCaseFilter::new);
            default -> throw new IllegalArgumentException("language [" + language + "] not supported for lowercase filter");
        };
    }
}
