package no.laeringsarena.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.identity.UserAccount;

/**
 * One learner's attempt at a test: started, the deadline when the test has a time limit, the answers saved as she
 * goes, and, once submitted (exactly once), the score and whether it passed.
 */
@Entity
@Table(name = "test_attempt")
@NamedQuery(name = "Attempt.byUserAndTest",
        query = "SELECT a FROM Attempt a WHERE a.user.id = :userId AND a.test.id = :testId ORDER BY a.attemptNumber")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "test_id")
    private CourseTest test;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(nullable = false, unique = true)
    private UUID registration;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    private OffsetDateTime deadline;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    private BigDecimal score;

    @Column(name = "max_score")
    private BigDecimal maxScore;

    private Boolean passed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AttemptAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(CourseTest test, UserAccount user, int attemptNumber, OffsetDateTime now) {
        this.test = test;
        this.user = user;
        this.attemptNumber = attemptNumber;
        this.registration = UUID.randomUUID();
        this.startedAt = now;
        this.deadline = test.getTimeLimitSeconds() == null ? null : now.plusSeconds(test.getTimeLimitSeconds());
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    public boolean isPastDeadline(OffsetDateTime now) {
        return deadline != null && now.isAfter(deadline);
    }

    public Optional<AttemptAnswer> answer(String questionKey) {
        return answers.stream().filter(a -> a.getQuestionKey().equals(questionKey)).findFirst();
    }

    /** Saves (or replaces) the answer to one question, graded now but shown only when the feedback mode allows. */
    AttemptAnswer saveAnswer(Question question, List<String> values, OffsetDateTime now) {
        AttemptAnswer answer = answer(question.getQuestionKey()).orElse(null);
        if (answer == null) {
            answer = new AttemptAnswer(this, question.getQuestionKey());
            answers.add(answer);
        }
        answer.record(values, question.grade(values), now);
        return answer;
    }

    /** Grades every question from the saved answers and closes the attempt; the caller checks it was open. */
    void submit(OffsetDateTime now, boolean auto) {
        double total = 0;
        for (Question question : test.getQuestions()) {
            Optional<AttemptAnswer> answer = answer(question.getQuestionKey());
            Grade grade = question.grade(answer.map(AttemptAnswer::values).orElse(List.of()));
            answer.ifPresent(a -> a.regrade(grade));
            total += grade.points(question.getPoints());
        }
        this.score = BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
        this.maxScore = BigDecimal.valueOf(test.maxScore()).setScale(2, RoundingMode.HALF_UP);
        this.passed = test.passes(total);
        this.submittedAt = now;
        this.autoSubmitted = auto;
    }

    public Long getId() {
        return id;
    }

    public CourseTest getTest() {
        return test;
    }

    public UserAccount getUser() {
        return user;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public UUID getRegistration() {
        return registration;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getDeadline() {
        return deadline;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public double getScore() {
        return score == null ? 0 : score.doubleValue();
    }

    public double getMaxScore() {
        return maxScore == null ? test.maxScore() : maxScore.doubleValue();
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public List<AttemptAnswer> getAnswers() {
        return answers;
    }

    public long getVersion() {
        return version;
    }
}
