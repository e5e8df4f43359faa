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
 * @param weights         choice types, optional: option key → share of the points it earns (−1..1), as Moodle's
 *                        partial credit ({@code ~%50%}); empty: the plain rules of {@link GradingEngine}
 */
public record AnswerKey(List<String> correctOptions, Map<String, String> pairs, List<String> order, Double number,
                        double tolerance, List<String> acceptedTexts, String pattern, boolean partialOrdering,
                        Map<String, Double> weights) {

    public AnswerKey(List<String> correctOptions, Map<String, String> pairs, List<String> order, Double number,
                     double tolerance, List<String> acceptedTexts, String pattern, boolean partialOrdering) {
        this(correctOptions, pairs, order, number, tolerance, acceptedTexts, pattern, partialOrdering, null);
    }

    public AnswerKey {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        for (double w : weights.values()) {
            if (Double.isNaN(w) || w < -1 || w > 1) {
                throw new IllegalArgumentException("weights must be within -1..1");
            }
        }
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

    /** Choice with partial credit per option; the options with a positive weight count as right. */
    public static AnswerKey weighted(Map<String, Double> weights) {
        List<String> right = weights.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toList();
        boolean plain = weights.values().stream().allMatch(w -> w == 0 || w == 1);
        return new AnswerKey(right, null, null, null, 0, null, null, false, plain ? null : weights);
    }

    /** The share of the points an option earns, when this key weights its options. */
    public double weight(String option) {
        return weights.getOrDefault(option, 0.0);
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
