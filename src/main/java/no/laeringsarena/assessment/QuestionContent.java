package no.laeringsarena.assessment;

import java.util.List;

/**
 * One question as read from a test file in {@code content/tester/} or a GIFT file: its tags (topic, difficulty; may
 * be empty/null) and whether its options may be shuffled.
 */
public record QuestionContent(String key, QuestionType type, String text, double points, List<QuestionOption> options,
                              AnswerKey answerKey, String explanation, String topic, Difficulty difficulty,
                              boolean shuffleOptions) {

    public QuestionContent(String key, QuestionType type, String text, double points, List<QuestionOption> options,
                           AnswerKey answerKey, String explanation) {
        this(key, type, text, points, options, answerKey, explanation, null, null, true);
    }

    public QuestionContent {
        topic = topic == null ? "" : topic;
    }
}
