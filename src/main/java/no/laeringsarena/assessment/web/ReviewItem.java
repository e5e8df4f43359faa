package no.laeringsarena.assessment.web;

import java.util.List;
import java.util.Locale;
import no.laeringsarena.assessment.GradeStatus;

/**
 * One question in the review of a submitted attempt, ready for the page (a class with getters, for EL).
 * The solution, explanation and option feedback are null/empty unless the test's feedback mode allows showing them.
 */
public final class ReviewItem {

    private final String text;
    private final String answer;
    private final GradeStatus status;
    private final String solution;
    private final String explanation;
    private final List<String> feedback;
    private final String trainerFeedback;

    public ReviewItem(String text, String answer, GradeStatus status, String solution, String explanation,
                      List<String> feedback, String trainerFeedback) {
        this.trainerFeedback = trainerFeedback;
        this.text = text;
        this.answer = answer;
        this.status = status;
        this.solution = solution;
        this.explanation = explanation;
        this.feedback = List.copyOf(feedback);
    }

    public String getStatusKey() {
        return "assessment.status." + (status == null ? "unanswered" : status.name().toLowerCase(Locale.ROOT));
    }

    public String getText() {
        return text;
    }

    public String getAnswer() {
        return answer;
    }

    public String getSolution() {
        return solution;
    }

    public String getExplanation() {
        return explanation;
    }

    /** A trainer's points and comment on an essay answer; shown to the learner whatever the feedback mode. */
    public String getTrainerFeedback() {
        return trainerFeedback;
    }

    public List<String> getFeedback() {
        return feedback;
    }
}
