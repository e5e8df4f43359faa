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
