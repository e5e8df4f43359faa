package no.laeringsarena.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson (leksjon) of a module. {@code lessonKey} is unique within its course and is what progress is kept by.
 * A required lesson counts toward completing the course; an optional one does not.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(nullable = false)
    private int position;

    @Column(name = "lesson_key", nullable = false, length = 100)
    private String lessonKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LessonKind kind;

    @Column(nullable = false)
    private boolean required = true;

    @Column(name = "body_md", nullable = false)
    private String bodyMarkdown = "";

    @Column(name = "media_url", length = 1000)
    private String mediaUrl;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LessonStep> steps = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(CourseModule module, int position, LessonContent content) {
        this.module = module;
        this.position = position;
        this.lessonKey = content.key();
        this.title = content.title();
        this.kind = content.kind();
        this.required = content.required();
        this.bodyMarkdown = content.bodyMarkdown() == null ? "" : content.bodyMarkdown();
        this.mediaUrl = content.mediaUrl();
        int stepPosition = 0;
        for (StepContent step : content.steps()) {
            steps.add(new LessonStep(this, stepPosition++, step));
        }
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public int getPosition() {
        return position;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public String getTitle() {
        return title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public List<LessonStep> getSteps() {
        return List.copyOf(steps);
    }
}
