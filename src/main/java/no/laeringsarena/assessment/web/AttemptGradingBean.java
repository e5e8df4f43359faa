package no.laeringsarena.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.laeringsarena.assessment.AssessmentException;
import no.laeringsarena.assessment.Attempt;
import no.laeringsarena.assessment.AttemptAnswer;
import no.laeringsarena.assessment.GradingEngine;
import no.laeringsarena.assessment.Question;
import no.laeringsarena.assessment.QuestionType;
import no.laeringsarena.assessment.TestResultsService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.web.Messages;

/**
 * One attempt seen by a trainer (test/vurdering.xhtml?forsok=...): every question of the attempt in its order with
 * the learner's answer and grade, and a form per essay answer to give points and a comment.
 */
@Named("grading")
@ViewScoped
public class AttemptGradingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TestResultsService service;

    @Inject
    CurrentUser currentUser;

    private Long attemptId;
    private final Map<String, String> points = new HashMap<>();
    private final Map<String, String> feedback = new HashMap<>();
    private transient Attempt attempt;

    /** One question of the attempt, for the page. */
    public record Row(String key, String text, String answer, String statusKey, String earned, String max,
                      boolean essay, boolean answered) {
    }

    public void load() {
        attempt = null;
        if (getAttempt() == null) {
            TestResultsBean.notFound();
            return;
        }
        for (AttemptAnswer answer : attempt.getAnswers()) {
            if (answer.isManuallyGraded()) {
                points.putIfAbsent(answer.getQuestionKey(), AnswerText.format(answer.getManualPoints()));
                feedback.putIfAbsent(answer.getQuestionKey(), answer.getTrainerFeedback());
            }
        }
    }

    public Attempt getAttempt() {
        if (attempt == null && attemptId != null) {
            attempt = service.attempt(attemptId).orElse(null);
        }
        return attempt;
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (Question question : getAttempt().questions()) {
            Optional<AttemptAnswer> answer = getAttempt().answer(question.getQuestionKey());
            List<String> values = answer.map(AttemptAnswer::values).orElse(List.of());
            double earned = answer.map(a -> a.isManuallyGraded() ? a.getManualPoints()
                    : a.getFraction() * question.getPoints()).orElse(0.0);
            String status = answer.map(a -> a.getStatus() == null ? "unanswered"
                    : a.getStatus().name().toLowerCase(java.util.Locale.ROOT)).orElse("unanswered");
            rows.add(new Row(question.getQuestionKey(), question.getText(),
                    values.isEmpty() ? null : AnswerText.of(question, values), "assessment.status." + status,
                    AnswerText.format(earned), AnswerText.format(question.getPoints()),
                    question.getType() == QuestionType.ESSAY, !values.isEmpty()));
        }
        return rows;
    }

    public String grade(String questionKey) {
        Double given = GradingEngine.parseNumber(points.getOrDefault(questionKey, "") == null ? ""
                : points.getOrDefault(questionKey, ""));
        if (given == null) {
            Messages.error(null, "assessment.grading.error.points");
            return null;
        }
        try {
            long grader = currentUser.account().map(UserAccount::getId).orElseThrow();
            attempt = service.gradeEssay(attemptId, questionKey, given, feedback.get(questionKey), grader);
            Messages.info(null, "assessment.grading.saved");
        } catch (AssessmentException e) {
            Messages.error(null, e.messageKey());
        }
        attempt = null;
        return null;
    }

    public String percent() {
        double max = getAttempt().getMaxScore();
        return max == 0 ? "0" : Long.toString(Math.round(100 * getAttempt().getScore() / max));
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(Long attemptId) {
        this.attemptId = attemptId;
    }

    public Map<String, String> getPoints() {
        return points;
    }

    public Map<String, String> getFeedback() {
        return feedback;
    }
}
