package no.laeringsarena.assessment;

import java.util.List;
import no.laeringsarena.content.ContentReference;

/**
 * A test as read from {@code content/tester/<key>.md}: its settings, what kind it is, how questions are drawn (no
 * rules: all, in order), the competence areas of a self-assessment, and its question pool.
 */
public record TestContent(ContentReference course, String title, String intro, int passMarkPercent,
                          int attemptsAllowed, Integer timeLimitSeconds, FeedbackMode feedbackMode,
                          List<QuestionContent> questions, TestKind kind, List<DrawRule> drawRules,
                          List<CompetenceArea> areas) {

    public TestContent(ContentReference course, String title, String intro, int passMarkPercent,
                       int attemptsAllowed, Integer timeLimitSeconds, FeedbackMode feedbackMode,
                       List<QuestionContent> questions) {
        this(course, title, intro, passMarkPercent, attemptsAllowed, timeLimitSeconds, feedbackMode, questions,
                TestKind.QUIZ, List.of(), List.of());
    }
}
