package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.List;

/**
 * analysis-common's "dictionary_decompounder" filter with an inline {@code word_list} and its size options
 * ({@code min_word_size}, {@code min_subword_size}, {@code max_subword_size}, {@code only_longest_match}; defaults as
 * there). {@code word_list_path} is not supported: the local node has no config files of ours.
 */
final class DictionaryDecompounderFilterFactory {

    private DictionaryDecompounderFilterFactory() {
    }

    static TokenFilterFactory create(String name, Settings s) {
        if (s.get("word_list_path") != null) {
            throw new IllegalArgumentException("dictionary_decompounder word_list_path is not supported by the local "
                + "node's analysis plugin; give the words inline as word_list");
        }
        List<String> words = s.getAsList("word_list");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("dictionary_decompounder [" + name + "] needs a word_list");
        }
        CharArraySet dictionary = new CharArraySet(words, true);
        int minWordSize = s.getAsInt("min_word_size", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
        int minSubwordSize = s.getAsInt("min_subword_size", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
        int maxSubwordSize = s.getAsInt("max_subword_size", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
        boolean onlyLongestMatch = s.getAsBoolean("only_longest_match", false);
        return SimpleFilter.notForSynonymRules(name, ts -> new DictionaryCompoundWordTokenFilter(
            ts, dictionary, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch));
    }
}
