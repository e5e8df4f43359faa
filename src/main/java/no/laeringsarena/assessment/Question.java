package no.laeringsarena.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of a test or of its course's question bank ({@link QuestionBank}): its type, text, options, points,
 * and the answer key the server grades with.
 */
@Entity
@Table(name = "test_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** null for a question of a bank */
    @ManyToOne
    @JoinColumn(name = "test_id")
    private CourseTest test;

    /** null for a test's own question */
    @ManyToOne
    @JoinColumn(name = "bank_id")
    private QuestionBank bank;

    @Column(name = "question_key", nullable = false, length = 100)
    private String questionKey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 30)
    private QuestionType type;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(name = "answer_key", nullable = false)
    private String answerKey;

    @Column(nullable = false)
    private String explanation;

    @Column(nullable = false, length = 100)
    private String topic = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Difficulty difficulty;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    Question(CourseTest test, int position, QuestionContent content) {
        this.test = test;
        this.position = position;
        this.questionKey = content.key();
        takeOver(content);
    }

    Question(QuestionBank bank, int position, QuestionContent content) {
        this.bank = bank;
        this.position = position;
        this.questionKey = content.key();
        takeOver(content);
    }

    /** Takes over the text, options, points, key and tags of a (fixed or imported) version of this question. */
    void takeOver(QuestionContent content) {
        this.type = content.type();
        this.text = content.text();
        this.points = BigDecimal.valueOf(content.points());
        this.answerKey = AnswerKeyCodec.encode(content.answerKey());
        this.explanation = content.explanation() == null ? "" : content.explanation();
        this.topic = content.topic();
        this.difficulty = content.difficulty();
        this.shuffleOptions = content.shuffleOptions();
        this.options.clear();
        this.options.addAll(content.options());
    }

    /** This question as content again (for export). */
    public QuestionContent content() {
        return new QuestionContent(questionKey, type, text, points.doubleValue(), List.copyOf(options), answerKey(),
                explanation, topic, difficulty, shuffleOptions);
    }

    public Optional<QuestionOption> option(String key) {
        return options.stream().filter(o -> o.getOptionKey().equals(key)).findFirst();
    }

    /** Grades a learner's values for this question. */
    public Grade grade(List<String> values) {
        return GradingEngine.grade(type, answerKey(), values);
    }

    public AnswerKey answerKey() {
        return AnswerKeyCodec.decode(answerKey);
    }

    public Long getId() {
        return id;
    }

    public CourseTest getTest() {
        return test;
    }

    /** The bank the question belongs to, or null for a test's own question. */
    public QuestionBank getBank() {
        return bank;
    }

    public boolean isFromBank() {
        return bank != null;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public int getPosition() {
        return position;
    }

    public QuestionType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public double getPoints() {
        return points.doubleValue();
    }

    public String getExplanation() {
        return explanation;
    }

    public String getTopic() {
        return topic;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public List<QuestionOption> getOptions() {
        return options;
    }
}
