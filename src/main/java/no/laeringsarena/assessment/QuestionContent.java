package no.laeringsarena.assessment;

import java.util.List;

/** One question as read from a test file in {@code content/tester/}. */
public record QuestionContent(String key, QuestionType type, String text, double points, List<QuestionOption> options,
                              AnswerKey answerKey, String explanation) {
}
