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

    @Column(name = "captions_url", length = 1000)
    private String captionsUrl;

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

    Lesson(CourseModule module, int position, String lessonKey, LessonDraft draft) {
        this.module = module;
        this.position = position;
        this.lessonKey = lessonKey;
        edit(draft);
    }

    /** A copy of another lesson, key and steps included. */
    Lesson(CourseModule module, int position, Lesson source) {
        this.module = module;
        this.position = position;
        this.lessonKey = source.lessonKey;
        this.title = source.title;
        this.kind = source.kind;
        this.required = source.required;
        this.bodyMarkdown = source.bodyMarkdown;
        this.mediaUrl = source.mediaUrl;
        this.captionsUrl = source.captionsUrl;
        int stepPosition = 0;
        for (LessonStep step : source.steps) {
            steps.add(new LessonStep(this, stepPosition++, step.content()));
        }
    }

    /** Everything but the key and the steps; the kind may change (steps of a lesson no longer active are dropped). */
    void edit(LessonDraft draft) {
        this.title = draft.title().strip();
        this.kind = draft.kind();
        this.required = draft.required();
        this.bodyMarkdown = draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown().strip();
        boolean media = kind == LessonKind.VIDEO || kind == LessonKind.DOCUMENT || kind == LessonKind.PACKAGE
                || kind == LessonKind.TEST;
        this.mediaUrl = media ? blankToNull(draft.mediaUrl()) : null;
        this.captionsUrl = kind == LessonKind.VIDEO ? blankToNull(draft.captionsUrl()) : null;
        if (kind != LessonKind.ACTIVE) {
            steps.clear();
        }
    }

    /** The lesson as the editor's form shows it. */
    public LessonDraft draft() {
        return new LessonDraft(title, kind, required, bodyMarkdown, mediaUrl, captionsUrl);
    }

    void setPosition(int position) {
        this.position = position;
    }

    LessonStep addStep(StepContent content) {
        LessonStep step = new LessonStep(this, steps.size(), content);
        steps.add(step);
        return step;
    }

    void removeStep(LessonStep step) {
        steps.remove(step);
        Positions.renumber(steps, LessonStep::setPosition);
    }

    boolean moveStep(LessonStep step, int delta) {
        return Positions.move(steps, step, delta, LessonStep::setPosition);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** VIDEO: the captions track (WebVTT), an address or {@code media:<id>}; else null. */
    public String getCaptionsUrl() {
        return captionsUrl;
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
