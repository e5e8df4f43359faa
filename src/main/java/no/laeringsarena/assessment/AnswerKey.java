package no.laeringsarena.assessment;

import java.util.List;
import java.util.Map;

/**
 * What counts as right for one question; which fields matter depends on the {@link QuestionType}.
 *
 * @param correctOptions  choice types: the keys of the right options (true/false: {@code true} or {@code false})
 * @param pairs           matching: left option key → the right-hand text it belongs with
 * @param order           ordering: option keys in the right order
 * @param number          numeric: the right value
 * @param tolerance       numeric: how far off an answer may be and still count (inclusive), ≥ 0
 * @param acceptedTexts   short text: the accepted answers (compared after {@link TextNormalizer#normalize})
 * @param pattern         short text: an optional regular expression that also counts as right, or null
 * @param partialOrdering ordering: true gives credit per right position, false only for the whole order
 */
public record AnswerKey(List<String> correctOptions, Map<String, String> pairs, List<String> order, Double number,
                        double tolerance, List<String> acceptedTexts, String pattern, boolean partialOrdering) {

    public AnswerKey {
        correctOptions = correctOptions == null ? List.of() : List.copyOf(correctOptions);
        pairs = pairs == null ? Map.of() : Map.copyOf(pairs);
        order = order == null ? List.of() : List.copyOf(order);
        acceptedTexts = acceptedTexts == null ? List.of() : List.copyOf(acceptedTexts);
        if (tolerance < 0 || Double.isNaN(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0");
        }
    }

    public static AnswerKey options(List<String> correct) {
        return new AnswerKey(correct, null, null, null, 0, null, null, false);
    }

    public static AnswerKey trueFalse(boolean value) {
        return options(List.of(Boolean.toString(value)));
    }

    public static AnswerKey matching(Map<String, String> pairs) {
        return new AnswerKey(null, pairs, null, null, 0, null, null, false);
    }

    public static AnswerKey ordering(List<String> order, boolean partial) {
        return new AnswerKey(null, null, order, null, 0, null, null, partial);
    }

    public static AnswerKey numeric(double number, double tolerance) {
        return new AnswerKey(null, null, null, number, tolerance, null, null, false);
    }

    public static AnswerKey text(List<String> accepted, String pattern) {
        return new AnswerKey(null, null, null, null, 0, accepted, pattern, false);
    }

    public static AnswerKey none() {
        return new AnswerKey(null, null, null, null, 0, null, null, false);
    }
}
