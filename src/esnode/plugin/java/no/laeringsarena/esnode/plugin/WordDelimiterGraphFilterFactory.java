package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.List;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.*;

/**
 * analysis-common's "word_delimiter_graph" filter with its boolean options and {@code protected_words}
 * (defaults as there); {@code type_table} is not supported.
 */
final class WordDelimiterGraphFilterFactory {

    private WordDelimiterGraphFilterFactory() {
    }

    static TokenFilterFactory create(String name, Settings s) {
        if (s.get("type_table") != null || s.get("type_table_path") != null) {
            throw new IllegalArgumentException("word_delimiter_graph type_table is not supported by the local node's analysis plugin");
        }
        int flags = flag(s, "generate_word_parts", true, GENERATE_WORD_PARTS)
            | flag(s, "generate_number_parts", true, GENERATE_NUMBER_PARTS)
            | flag(s, "catenate_words", false, CATENATE_WORDS)
            | flag(s, "catenate_numbers", false, CATENATE_NUMBERS)
            | flag(s, "catenate_all", false, CATENATE_ALL)
            | flag(s, "split_on_case_change", true, SPLIT_ON_CASE_CHANGE)
            | flag(s, "preserve_original", false, PRESERVE_ORIGINAL)
            | flag(s, "split_on_numerics", true, SPLIT_ON_NUMERICS)
            | flag(s, "stem_english_possessive", true, STEM_ENGLISH_POSSESSIVE)
            | flag(s, "ignore_keywords", false, IGNORE_KEYWORDS);
        boolean adjustOffsets = s.getAsBoolean("adjust_offsets", true);
        List<String> protectedWords = s.getAsList("protected_words");
        CharArraySet protectedSet = protectedWords.isEmpty() ? null : new CharArraySet(protectedWords, false);
        return SimpleFilter.notForSynonymRules(name, ts -> new WordDelimiterGraphFilter(
            ts, adjustOffsets, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, protectedSet));
    }

    private static int flag(Settings s, String key, boolean defaultValue, int flag) {
        return s.getAsBoolean(key, defaultValue) ? flag : 0;
    }
}
