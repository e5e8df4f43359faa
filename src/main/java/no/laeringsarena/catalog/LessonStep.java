package no.laeringsarena.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A step of an active lesson: some content and a question (reflection or single choice) to answer before going on. */
@Entity
@Table(name = "lesson_step")
public class LessonStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_md", nullable = false)
    private String bodyMarkdown = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "question_kind", nullable = false, length = 20)
    private QuestionKind questionKind;

    @Column(nullable = false)
    private String question;

    @ElementCollection
    @CollectionTable(name = "lesson_step_option", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> options = new ArrayList<>();

    @Column(name = "correct_option")
    private Integer correctOption;

    protected LessonStep() {
    }

    LessonStep(Lesson lesson, int position, StepContent content) {
        this.lesson = lesson;
        this.position = position;
        this.title = content.title();
        this.bodyMarkdown = content.bodyMarkdown() == null ? "" : content.bodyMarkdown();
        this.questionKind = content.questionKind();
        this.question = content.question();
        this.options = new ArrayList<>(content.options());
        this.correctOption = content.correctOption();
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** The step as the answer check sees it. */
    public StepContent content() {
        return new StepContent(title, bodyMarkdown, questionKind, question, options, correctOption);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public QuestionKind getQuestionKind() {
        return questionKind;
    }

    public String getQuestion() {
        return question;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }

    public Integer getCorrectOption() {
        return correctOption;
    }
}
