package no.laeringsarena.assessment;

import java.util.List;
import no.laeringsarena.content.ContentReference;

/**
 * A test as read from {@code content/tester/<key>.md}: its settings, what kind it is, how questions are drawn (no
 * rules: all, in order), the competence areas of a self-assessment, its own questions, and the course's question bank it
 * also draws from (null: none).
 */
public record TestContent(ContentReference course, String title, String intro, int passMarkPercent,
                          int attemptsAllowed, Integer timeLimitSeconds, FeedbackMode feedbackMode,
                          List<QuestionContent> questions, TestKind kind, List<DrawRule> drawRules,
                          List<CompetenceArea> areas, ContentReference bank) {

    public TestContent(ContentReference course, String title, String intro, int passMarkPercent,
                       int attemptsAllowed, Integer timeLimitSeconds, FeedbackMode feedbackMode,
                       List<QuestionContent> questions, TestKind kind, List<DrawRule> drawRules,
                       List<CompetenceArea> areas) {
        this(course, title, intro, passMarkPercent, attemptsAllowed, timeLimitSeconds, feedbackMode, questions, kind,
                drawRules, areas, null);
    }

    public TestContent(ContentReference course, String title, String intro, int passMarkPercent,
                       int attemptsAllowed, Integer timeLimitSeconds, FeedbackMode feedbackMode,
                       List<QuestionContent> questions) {
        this(course, title, intro, passMarkPercent, attemptsAllowed, timeLimitSeconds, feedbackMode, questions,
                TestKind.QUIZ, List.of(), List.of());
    }
}
