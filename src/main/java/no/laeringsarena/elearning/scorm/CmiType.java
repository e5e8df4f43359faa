package no.laeringsarena.elearning.scorm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of a data model element, as plain rules the browser runtime applies too (it gets them as JSON): a
 * vocabulary, a regular expression, a maximum length, and for numbers a range. A value is of the type when it is
 * in the vocabulary or matches the pattern (either one, for types like {@code result} that allow both).
 */
public record CmiType(String name, List<String> vocabulary, String pattern, int maxLength, Double min, Double max) {

    /** What is wrong with a value, in order of checking. */
    public enum Violation { NONE, TYPE, TOO_LONG, RANGE }

    static final String DECIMAL = "^-?\\d+(\\.\\d+)?$";
    static final String REAL = "^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$";

    public CmiType {
        vocabulary = List.copyOf(vocabulary);
    }

    static CmiType vocabulary(String name, String... values) {
        return new CmiType(name, List.of(values), null, 0, null, null);
    }

    static CmiType text(String name, int maxLength) {
        return new CmiType(name, List.of(), null, maxLength, null, null);
    }

    static CmiType pattern(String name, String regex, int maxLength) {
        return new CmiType(name, List.of(), regex, maxLength, null, null);
    }

    static CmiType number(String name, String regex, Double min, Double max) {
        return new CmiType(name, List.of(), regex, 0, min, max);
    }

    /** The same type that also takes the empty string (SCORM 1.2 CMIBlank). */
    CmiType orBlank() {
        List<String> words = new java.util.ArrayList<>(vocabulary);
        words.add("");
        return new CmiType(name, words, pattern, maxLength, min, max);
    }

    CmiType orWords(String... words) {
        List<String> all = new java.util.ArrayList<>(vocabulary);
        all.addAll(List.of(words));
        return new CmiType(name, all, pattern, maxLength, min, max);
    }

    /** The pattern for Java, where a final {@code $} would also match before a trailing newline (JavaScript's does not). */
    private Pattern javaPattern() {
        return Pattern.compile(pattern.endsWith("$") ? pattern.substring(0, pattern.length() - 1) + "\\z" : pattern);
    }

    public Violation check(String value) {
        if (vocabulary.contains(value)) {
            return Violation.NONE;
        }
        if (!vocabulary.isEmpty() && pattern == null) {
            return Violation.TYPE;
        }
        if (pattern != null && !javaPattern().matcher(value).find()) {
            return Violation.TYPE;
        }
        if (maxLength > 0 && value.length() > maxLength) {
            return Violation.TOO_LONG;
        }
        if (min != null || max != null) {
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return Violation.TYPE;
            }
            if (!Double.isFinite(d)) {
                return Violation.TYPE;
            }
            if ((min != null && d < min) || (max != null && d > max)) {
                return Violation.RANGE;
            }
        }
        return Violation.NONE;
    }
}
