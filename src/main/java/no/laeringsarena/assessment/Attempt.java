package no.laeringsarena.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.OrderColumn;
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
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.laeringsarena.identity.UserAccount;

/**
 * One learner's attempt at a test: started, the deadline when the test has a time limit, the answers saved as she
 * goes, and, once submitted (exactly once), the score and whether it passed.
 */
@Entity
@Table(name = "test_attempt")
@NamedQuery(name = "Attempt.submittedOfTest", query = "SELECT a FROM Attempt a WHERE a.test.id = :testId"
        + " AND a.submittedAt IS NOT NULL ORDER BY a.submittedAt DESC")
@NamedQuery(name = "Attempt.ofTest", query = "SELECT a FROM Attempt a WHERE a.test.id = :testId"
        + " ORDER BY a.user.displayName, a.user.id, a.attemptNumber")
@NamedQuery(name = "Attempt.expired", query = "SELECT a.id FROM Attempt a WHERE a.submittedAt IS NULL"
        + " AND a.deadline < :now")
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attempt_question", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<DrawnQuestion> drawn = new ArrayList<>();

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AttemptAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(CourseTest test, UserAccount user, int attemptNumber, OffsetDateTime now) {
        this(test, user, attemptNumber, now, new SecureRandom());
    }

    /** A new attempt with its questions and option order drawn now, with this source of randomness. */
    public Attempt(CourseTest test, UserAccount user, int attemptNumber, OffsetDateTime now, Random random) {
        this.test = test;
        this.drawn.addAll(QuestionDraw.draw(test.pool(), test.drawRules(), random));
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

    /**
     * The questions of this attempt in the order shown: the drawn ones, or (attempts from before drawing) all of the
     * test's. A drawn question removed from the test since is left out.
     */
    public List<Question> questions() {
        if (drawn.isEmpty()) {
            return test.pool();
        }
        List<Question> list = new ArrayList<>();
        for (DrawnQuestion d : drawn) {
            test.question(d.getQuestionKey()).ifPresent(list::add);
        }
        return list;
    }

    public boolean includes(String questionKey) {
        return drawn.isEmpty() ? test.question(questionKey).isPresent()
                : drawn.stream().anyMatch(d -> d.getQuestionKey().equals(questionKey));
    }

    /** The question's options in the order this attempt shows them. */
    public List<QuestionOption> options(Question question) {
        List<String> order = drawn.stream().filter(d -> d.getQuestionKey().equals(question.getQuestionKey()))
                .findFirst().map(DrawnQuestion::getOptionOrder).orElse(List.of());
        List<QuestionOption> options = new ArrayList<>();
        order.forEach(key -> question.option(key).ifPresent(options::add));
        question.getOptions().stream().filter(o -> !options.contains(o)).forEach(options::add);
        return options;
    }

    /** Grades every question from the saved answers and closes the attempt; the caller checks it was open. */
    void submit(OffsetDateTime now, boolean auto) {
        grade();
        this.submittedAt = now;
        this.autoSubmitted = auto;
    }

    /**
     * (Re)grades the attempt with the questions' current answer keys: automatic grades are computed again, an essay
     * counts once a trainer has graded it (until then it is pending and counts neither in the score nor the maximum).
     * A self-assessment has no pass or fail.
     */
    void grade() {
        double total = 0;
        double max = 0;
        for (Question question : questions()) {
            Optional<AttemptAnswer> answer = answer(question.getQuestionKey());
            if (question.getType().autoGraded()) {
                Grade grade = question.grade(answer.map(AttemptAnswer::values).orElse(List.of()));
                answer.ifPresent(a -> a.regrade(grade));
                total += grade.points(question.getPoints());
                max += question.getPoints();
            } else if (answer.isPresent() && answer.get().isManuallyGraded()) {
                total += answer.get().getManualPoints();
                max += question.getPoints();
            } else {
                answer.ifPresent(a -> a.regrade(question.grade(a.values())));
            }
        }
        this.score = BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
        this.maxScore = BigDecimal.valueOf(max).setScale(2, RoundingMode.HALF_UP);
        this.passed = test.isSelfAssessment() ? null : test.passes(total, max);
    }

    /** Essay answers still waiting for a trainer. */
    public boolean isAwaitingGrading() {
        return answers.stream().anyMatch(a -> a.getStatus() == GradeStatus.PENDING);
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
        if (maxScore != null) {
            return maxScore.doubleValue();
        }
        return questions().stream().filter(q -> q.getType().autoGraded()).mapToDouble(Question::getPoints).sum();
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    /** Null for a self-assessment (no pass or fail) and for an open attempt. */
    public Boolean getPassed() {
        return passed;
    }

    public List<DrawnQuestion> getDrawn() {
        return drawn;
    }

    public List<AttemptAnswer> getAnswers() {
        return answers;
    }

    public long getVersion() {
        return version;
    }
}
