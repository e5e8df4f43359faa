package no.laeringsarena.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synonym rules as editors type them (Solr format: {@code a, b, c} for equivalent words, {@code a => b} to replace),
 * tidied and checked before they can reach Elasticsearch: lower case, no blank lines or comments, only letters,
 * digits, spaces and a few signs, at most {@value #MAX_RULES} rules of at most {@value #MAX_LENGTH} characters.
 */
public final class SynonymRules {

    static final int MAX_RULES = 1000;
    static final int MAX_LENGTH = 300;

    /** A rule that cannot be used, by line number (1-based) and message key. */
    public record Problem(int line, String messageKey) {
    }

    private SynonymRules() {
    }

    /** The rules in the text, one a line, tidied (lowercase, single spaces, comments and blanks dropped). */
    public static List<String> parse(String text) {
        List<String> rules = new ArrayList<>();
        for (String line : lines(text)) {
            String rule = tidy(line);
            if (!rule.isEmpty() && !rule.startsWith("#")) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** What is wrong with the text (empty when it can be saved). */
    public static List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = lines(text);
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String rule = tidy(lines.get(i));
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            count++;
            int number = i + 1;
            if (rule.length() > MAX_LENGTH) {
                problems.add(new Problem(number, "searchSynonyms.error.tooLong"));
            } else if (!rule.matches("[\\p{L}\\p{N} ,.\\-/=>]+")) {
                problems.add(new Problem(number, "searchSynonyms.error.characters"));
            } else if (!validShape(rule)) {
                problems.add(new Problem(number, "searchSynonyms.error.shape"));
            }
        }
        if (count > MAX_RULES) {
            problems.add(new Problem(0, "searchSynonyms.error.tooMany"));
        }
        return problems;
    }

    private static boolean validShape(String rule) {
        if (rule.contains("=>")) {
            String[] sides = rule.split("=>", -1);
            return sides.length == 2 && terms(sides[0]) >= 1 && terms(sides[1]) >= 1;
        }
        return !rule.contains("=") && !rule.contains(">") && terms(rule) >= 2;
    }

    private static int terms(String list) {
        int n = 0;
        for (String term : list.split(",", -1)) {
            if (term.isBlank()) {
                return -1;
            }
            n++;
        }
        return n;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.replace("\r", "").split("\n"));
    }

    private static String tidy(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?, ?", ", ");
    }
}
