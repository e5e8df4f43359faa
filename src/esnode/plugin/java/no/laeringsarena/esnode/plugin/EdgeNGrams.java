package no.laeringsarena.esnode.plugin;

import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * analysis-common's "edge_ngram" filter ({@code min_gram}, {@code max_gram}, {@code preserve_original}) and tokenizer
 * ({@code min_gram}, {@code max_gram}, {@code token_chars}, {@code custom_token_chars}); defaults 1 and 2 as there.
 */
final class EdgeNGrams {

    private EdgeNGrams() {
    }

    static TokenFilterFactory filter(String name, Settings s) {
        int min = s.getAsInt("min_gram", 1);
        int max = s.getAsInt("max_gram", 2);
        boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
        if ("back".equalsIgnoreCase(s.get("side", "front"))) {
            throw new IllegalArgumentException("edge_ngram side [back] is not supported by the local node's analysis plugin");
        }
        return SimpleFilter.notForSynonymRules(name, ts -> new EdgeNGramTokenFilter(ts, min, max, preserveOriginal));
    }

    static TokenizerFactory tokenizer(String name, Settings s) {
        int min = s.getAsInt("min_gram", 1);
        int max = s.getAsInt("max_gram", 2);
        IntPredicate tokenChar = tokenChars(s.getAsList("token_chars"), s.get("custom_token_chars", ""));
        return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(min, max) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChar.test(chr);
            }
        });
    }

    private static IntPredicate tokenChars(List<String> classes, String custom) {
        IntPredicate result = classes.isEmpty() ? c -> true : c -> false;
        for (String cls : classes) {
            IntPredicate p = switch (cls.toLowerCase(Locale.ROOT)) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> EdgeNGrams::isPunctuation;
                case "symbol" -> EdgeNGrams::isSymbol;
                case "custom" -> c -> custom.indexOf(c) >= 0;
                default -> throw new IllegalArgumentException("Unknown token type: '" + cls
                    + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
            };
            result = result.or(p);
        }
        return result;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
