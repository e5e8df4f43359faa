package no.laeringsarena.assessment.web;

import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.assessment.AnswerKey;
import no.laeringsarena.assessment.Question;
import no.laeringsarena.assessment.QuestionOption;
import no.laeringsarena.platform.web.Messages;

/** Writes a learner's values, or a question's right answer, as readable text for the review. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(Question question, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (String value : values) {
            parts.add(switch (question.getType()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> optionText(question, value);
                case TRUE_FALSE -> Messages.text("true".equals(value) ? "assessment.true" : "assessment.false");
                case MATCHING -> {
                    int eq = value.indexOf('=');
                    yield eq < 0 ? value : optionText(question, value.substring(0, eq)) + " → " + value.substring(eq + 1);
                }
                default -> value;
            });
        }
        return String.join(question.getType() == no.laeringsarena.assessment.QuestionType.ORDERING ? " → " : "; ", parts);
    }

    static String solution(Question question) {
        AnswerKey key = question.answerKey();
        return switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> of(question, key.correctOptions());
            case MATCHING -> of(question, key.pairs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            case ORDERING -> of(question, key.order());
            case NUMERIC -> key.tolerance() > 0
                    ? Messages.text("assessment.solution.numeric", format(key.number()), format(key.tolerance()))
                    : format(key.number());
            case SHORT_TEXT -> String.join(" / ", key.acceptedTexts());
            case ESSAY -> null;
        };
    }

    static String format(Double number) {
        if (number == null) {
            return "";
        }
        return number == Math.rint(number) ? Long.toString(number.longValue()) : number.toString().replace('.', ',');
    }

    static List<String> feedback(Question question, List<String> values) {
        List<String> out = new ArrayList<>();
        for (QuestionOption option : question.getOptions()) {
            boolean chosen = values.stream().anyMatch(v -> v.equals(option.getOptionKey())
                    || v.startsWith(option.getOptionKey() + "="));
            if (chosen && !option.getFeedback().isBlank()) {
                out.add(option.getText() + ": " + option.getFeedback());
            }
        }
        return out;
    }

    private static String optionText(Question question, String key) {
        return question.getOptions().stream().filter(o -> o.getOptionKey().equals(key)).map(QuestionOption::getText)
                .findFirst().orElse(key);
    }

}
