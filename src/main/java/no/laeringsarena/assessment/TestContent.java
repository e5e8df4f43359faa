package no.laeringsarena.assessment;

import java.util.List;
import no.laeringsarena.content.ContentReference;

/** A test as read from {@code content/tester/<key>.md}. */
public record TestContent(ContentReference course, String title, String intro, int passMarkPercent,
                          int attemptsAllowed, Integer timeLimitSeconds, FeedbackMode feedbackMode,
                          List<QuestionContent> questions) {
}
