package no.laeringsarena.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import no.laeringsarena.identity.UserAccount;

/** A learner's answer to one question of an attempt, saved when she moves on, with the grade it earned. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private Attempt attempt;

    @Column(name = "question_key", nullable = false, length = 100)
    private String questionKey;

    @Column(nullable = false)
    private String response = "";

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    private BigDecimal fraction;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private GradeStatus status;

    @Column(name = "manual_points")
    private BigDecimal manualPoints;

    @Column(name = "trainer_feedback", nullable = false)
    private String trainerFeedback = "";

    @ManyToOne
    @JoinColumn(name = "graded_by")
    private UserAccount gradedBy;

    @Column(name = "graded_at")
    private OffsetDateTime gradedAt;

    @Version
    private long version;

    protected AttemptAnswer() {
    }

    AttemptAnswer(Attempt attempt, String questionKey) {
        this.attempt = attempt;
        this.questionKey = questionKey;
    }

    void record(List<String> values, Grade grade, OffsetDateTime now) {
        this.response = AnswerKeyCodec.encodeValues(values);
        this.savedAt = now;
        regrade(grade);
    }

    /** A trainer's grade of an essay answer: the points given (0..max) and feedback the learner sees. */
    void gradeManually(double points, double maxPoints, String feedback, UserAccount grader, OffsetDateTime now) {
        this.manualPoints = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP);
        this.trainerFeedback = feedback == null ? "" : feedback.strip();
        this.gradedBy = grader;
        this.gradedAt = now;
        regrade(Grade.of(maxPoints == 0 ? 0 : points / maxPoints));
    }

    public boolean isManuallyGraded() {
        return manualPoints != null;
    }

    public double getManualPoints() {
        return manualPoints == null ? 0 : manualPoints.doubleValue();
    }

    public String getTrainerFeedback() {
        return trainerFeedback;
    }

    public UserAccount getGradedBy() {
        return gradedBy;
    }

    public OffsetDateTime getGradedAt() {
        return gradedAt;
    }

    /** The grade as saved (an essay's is the trainer's). */
    public Grade grade() {
        return status == null ? Grade.UNANSWERED : new Grade(getFraction(), status);
    }

    void regrade(Grade grade) {
        this.fraction = BigDecimal.valueOf(grade.fraction()).setScale(4, RoundingMode.HALF_UP);
        this.status = grade.status();
    }

    public List<String> values() {
        return AnswerKeyCodec.decodeValues(response);
    }

    public boolean isAnswered() {
        return !response.isEmpty();
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getResponse() {
        return response;
    }

    public double getFraction() {
        return fraction == null ? 0 : fraction.doubleValue();
    }

    public GradeStatus getStatus() {
        return status;
    }
}
