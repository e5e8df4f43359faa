package no.laeringsarena.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a learner's values fit the question before they are saved: only the question's own option keys,
 * right-hand texts and a bounded amount of text. Never trusts what the form sent.
 */
public final class AnswerValidator {

    static final int MAX_TEXT = 200;
    static final int MAX_ESSAY = 10_000;

    private AnswerValidator() {
    }

    public static boolean valid(Question question, List<String> values) {
        if (values.size() > Math.max(1, question.getOptions().size())) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        question.getOptions().forEach(o -> keys.add(o.getOptionKey()));
        for (String value : values) {
            boolean ok = switch (question.getType()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> keys.contains(value);
                case TRUE_FALSE -> value.equals("true") || value.equals("false");
                case MATCHING -> {
                    int eq = value.indexOf('=');
                    yield eq > 0 && keys.contains(value.substring(0, eq))
                            && question.answerKey().pairs().containsValue(value.substring(eq + 1));
                }
                case NUMERIC, SHORT_TEXT -> value.length() <= MAX_TEXT;
                case ESSAY -> value.length() <= MAX_ESSAY;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
