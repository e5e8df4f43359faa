package no.laeringsarena.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.catalog.Course;

/**
 * A test (quiz) belonging to a course: its questions, the pass mark in per cent, how many attempts a learner has,
 * an optional time limit, and when the learner may see what was right ({@link FeedbackMode}).
 */
@Entity
@Table(name = "course_test")
@NamedQuery(name = "CourseTest.byKey", query = "SELECT t FROM CourseTest t WHERE t.testKey = :key")
@NamedQuery(name = "CourseTest.byBank", query = "SELECT t FROM CourseTest t WHERE t.bank = :bank ORDER BY t.title")
@NamedQuery(name = "CourseTest.byCourse",
        query = "SELECT t FROM CourseTest t WHERE t.course.courseKey = :courseKey ORDER BY t.title")
public class CourseTest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_key", nullable = false, unique = true, length = 100)
    private String testKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String intro;

    @Column(name = "pass_mark_percent", nullable = false)
    private int passMarkPercent;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "time_limit_seconds")
    private Integer timeLimitSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_mode", nullable = false, length = 30)
    private FeedbackMode feedbackMode;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TestKind kind = TestKind.QUIZ;

    @Column(name = "draw_rules", nullable = false)
    private String drawRules = "";

    /** The course's question bank this test also draws from, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_id")
    private QuestionBank bank;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "test_area", joinColumns = @JoinColumn(name = "test_id"))
    @OrderColumn(name = "position")
    private List<CompetenceArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "test", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @Version
    private long version;

    protected CourseTest() {
    }

    public CourseTest(String testKey, Course course) {
        this.testKey = testKey;
        this.course = course;
    }

    /** Takes over the settings of a content file; questions are replaced separately ({@link #replaceQuestions}). */
    public void describe(TestContent content, Course course, OffsetDateTime now) {
        this.course = course;
        this.title = content.title();
        this.intro = content.intro() == null ? "" : content.intro();
        this.passMarkPercent = content.passMarkPercent();
        this.attemptsAllowed = content.attemptsAllowed();
        this.timeLimitSeconds = content.timeLimitSeconds();
        this.feedbackMode = content.feedbackMode();
        this.kind = content.kind();
        this.drawRules = DrawRule.encode(content.drawRules());
        this.areas.clear();
        this.areas.addAll(content.areas());
        this.updatedAt = now;
    }

    /**
     * Adds imported questions to the pool; a question with the key of one already there replaces its text, options
     * and answer key (answers are kept by key, so a regrade uses the new key).
     */
    void importQuestions(List<QuestionContent> contents, OffsetDateTime now) {
        for (QuestionContent content : contents) {
            Optional<Question> existing = question(questions, content.key());
            if (existing.isPresent()) {
                existing.get().takeOver(content);
            } else {
                questions.add(new Question(this, questions.size(), content));
            }
        }
        this.updatedAt = now;
    }

    public List<DrawRule> drawRules() {
        return DrawRule.decode(drawRules);
    }

    public boolean isSelfAssessment() {
        return kind == TestKind.SELF_ASSESSMENT;
    }

    public Optional<CompetenceArea> area(String key) {
        return areas.stream().filter(a -> a.getAreaKey().equals(key)).findFirst();
    }

    void replaceQuestions(List<QuestionContent> contents) {
        questions.clear();
        for (int i = 0; i < contents.size(); i++) {
            questions.add(new Question(this, i, contents.get(i)));
        }
    }

    /** Makes the test draw from a question bank of its course too (null: its own questions only). */
    void drawFrom(QuestionBank bank) {
        if (bank != null && (course == null || !bank.getCourse().getCourseKey().equals(course.getCourseKey()))) {
            throw new IllegalArgumentException("spørsmålsbanken '" + bank.getBankKey() + "' hører til kurset '"
                    + bank.getCourse().getCourseKey() + "', ikke til testens kurs");
        }
        this.bank = bank;
    }

    /**
     * The questions an attempt is drawn from: the test's own, then those of its course's bank it does not have a
     * question with the same key of (the test's own version wins).
     */
    public List<Question> pool() {
        if (bank == null) {
            return questions;
        }
        List<Question> pool = new ArrayList<>(questions);
        bank.getQuestions().stream().filter(q -> question(questions, q.getQuestionKey()).isEmpty()).forEach(pool::add);
        return pool;
    }

    /** A question of the pool (own or from the bank) by key. */
    public Optional<Question> question(String key) {
        return question(pool(), key);
    }

    private static Optional<Question> question(List<Question> list, String key) {
        return list.stream().filter(q -> q.getQuestionKey().equals(key)).findFirst();
    }

    public QuestionBank getBank() {
        return bank;
    }

    /** The points that can be earned automatically; essays wait for a person and do not count. */
    public double maxScore() {
        return pool().stream().filter(q -> q.getType().autoGraded()).mapToDouble(Question::getPoints).sum();
    }

    public boolean passes(double score) {
        return passes(score, maxScore());
    }

    /** Whether a score passes out of the points an attempt could earn. */
    public boolean passes(double score, double max) {
        return max > 0 && score * 100 >= passMarkPercent * max - 1e-9;
    }

    public Long getId() {
        return id;
    }

    public String getTestKey() {
        return testKey;
    }

    public Course getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public FeedbackMode getFeedbackMode() {
        return feedbackMode;
    }

    public TestKind getKind() {
        return kind;
    }

    public List<CompetenceArea> getAreas() {
        return areas;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public long getVersion() {
        return version;
    }
}
