package no.laeringsarena.assessment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Grades one answer against its {@link AnswerKey}. Pure: no database, no clock. An answer is the list of values
 * the learner gave (an option key, several keys, {@code leftKey=right text} pairs, keys in order, or one text);
 * blank values are ignored, and an answer with no values is {@link Grade#UNANSWERED}.
 *
 * <p>The scoring rules:
 * <ul>
 * <li><b>Single choice</b> and <b>true/false</b>: exactly one value, and it is a right one; otherwise wrong.</li>
 * <li><b>Multiple choice</b> (k right options): +1/k for each right option chosen, −1/k for each wrong one,
 *     floored at 0 (never negative) and at most 1. Choosing every option therefore earns nothing more than the
 *     right ones minus the wrong ones; a value chosen twice counts once.</li>
 * <li><b>Weighted choice</b> (an answer key with option weights, as imported from GIFT's {@code ~%50%}): the sum of
 *     the chosen options' weights, floored at 0 and at most 1; a single-choice question takes exactly one value.</li>
 * <li><b>Matching</b>: 1/n per left item paired with its right text (n pairs); a left item's first pairing counts.</li>
 * <li><b>Ordering</b>: all-or-nothing by default. With partial credit, 1/n per position holding the right item;
 *     a tie (the same item in two positions) can only be right in one of them, so it never earns full credit.</li>
 * <li><b>Numeric</b>: right when |answer − key| ≤ tolerance; a comma works as decimal separator, spaces are ignored.</li>
 * <li><b>Short text</b>: right when the {@link TextNormalizer normalised} answer equals a normalised accepted
 *     answer, or when the optional pattern matches the whole trimmed answer (case-insensitive).</li>
 * <li><b>Essay</b>: never graded here: {@link Grade#PENDING} (a person grades it), or unanswered when empty.</li>
 * </ul>
 */
public final class GradingEngine {

    private GradingEngine() {
    }

    public static Grade grade(QuestionType type, AnswerKey key, List<String> answer) {
        List<String> values = clean(answer);
        if (values.isEmpty()) {
            return Grade.UNANSWERED;
        }
        return switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE -> values.size() != 1 ? Grade.WRONG
                    : !key.weights().isEmpty() ? weighted(key, values)
                    : values.size() == 1 && key.correctOptions().contains(values.get(0))
                    ? Grade.CORRECT : Grade.WRONG;
            case MULTIPLE_CHOICE -> multipleChoice(key, values);
            case MATCHING -> matching(key, values);
            case ORDERING -> ordering(key, values);
            case NUMERIC -> numeric(key, values.get(0));
            case SHORT_TEXT -> shortText(key, values.get(0));
            case ESSAY -> Grade.PENDING;
        };
    }

    private static List<String> clean(List<String> answer) {
        if (answer == null) {
            return List.of();
        }
        return answer.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static Grade multipleChoice(AnswerKey key, List<String> values) {
        if (!key.weights().isEmpty()) {
            return weighted(key, values);
        }
        Set<String> correct = Set.copyOf(key.correctOptions());
        if (correct.isEmpty()) {
            return Grade.WRONG;
        }
        double k = correct.size();
        double score = 0;
        for (String chosen : new LinkedHashSet<>(values)) {
            score += correct.contains(chosen) ? 1 / k : -1 / k;
        }
        return Grade.of(score);
    }

    /** Partial credit per option: the sum of the chosen options' weights (single choice: exactly one chosen). */
    private static Grade weighted(AnswerKey key, List<String> values) {
        Set<String> chosen = new LinkedHashSet<>(values);
        double score = 0;
        for (String option : chosen) {
            score += key.weight(option);
        }
        return Grade.of(score);
    }

    private static Grade matching(AnswerKey key, List<String> values) {
        if (key.pairs().isEmpty()) {
            return Grade.WRONG;
        }
        Map<String, String> given = new HashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq > 0) {
                given.putIfAbsent(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
            }
        }
        long right = key.pairs().entrySet().stream()
                .filter(e -> e.getValue().equals(given.get(e.getKey()))).count();
        return Grade.of((double) right / key.pairs().size());
    }

    private static Grade ordering(AnswerKey key, List<String> values) {
        List<String> order = key.order();
        if (order.isEmpty()) {
            return Grade.WRONG;
        }
        if (!key.partialOrdering()) {
            return values.equals(order) ? Grade.CORRECT : Grade.WRONG;
        }
        int right = 0;
        for (int i = 0; i < Math.min(order.size(), values.size()); i++) {
            if (order.get(i).equals(values.get(i))) {
                right++;
            }
        }
        if (values.size() != order.size() || new LinkedHashSet<>(values).size() != values.size()) {
            right = Math.min(right, order.size() - 1); // ties or missing/extra items are never fully right
        }
        return Grade.of((double) right / order.size());
    }

    private static Grade numeric(AnswerKey key, String value) {
        if (key.number() == null) {
            return Grade.WRONG;
        }
        Double given = parseNumber(value);
        if (given == null) {
            return Grade.WRONG;
        }
        return Math.abs(given - key.number()) <= key.tolerance() + 1e-9 ? Grade.CORRECT : Grade.WRONG;
    }

    /** Reads a number the way people type it: «2,5», «2.5», «1 000»; null when it is not a finite number. */
    public static Double parseNumber(String value) {
        String s = value.replaceAll("[\\s\u00a0]", "").replace(',', '.').replace('\u2212', '-');
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return Double.parseDouble(s);
    }

    private static Grade shortText(AnswerKey key, String value) {
        String given = TextNormalizer.normalize(value);
        if (given.isEmpty()) {
            return Grade.UNANSWERED;
        }
        for (String accepted : key.acceptedTexts()) {
            if (TextNormalizer.normalize(accepted).equals(given)) {
                return Grade.CORRECT;
            }
        }
        if (key.pattern() != null && !key.pattern().isBlank() && value.length() <= 500) {
            try {
                Pattern pattern = Pattern.compile(key.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                if (pattern.matcher(java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC))
                        .matches()) {
                    return Grade.CORRECT;
                }
            } catch (PatternSyntaxException e) {
                return Grade.WRONG;
            }
        }
        return Grade.WRONG;
    }
}
