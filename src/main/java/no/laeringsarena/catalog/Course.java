package no.laeringsarena.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.laeringsarena.taxonomy.TaxonomyTerm;

/**
 * A course (kurs): what it teaches, for whom, how long it takes, who owns it, when it was last fact-checked,
 * and its ordered modules of lessons. {@code courseKey} is the stable key from the content folder.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.byKey", query = "SELECT c FROM Course c WHERE c.courseKey = :key")
@NamedQuery(name = "Course.published", query = "SELECT c FROM Course c LEFT JOIN FETCH c.sector LEFT JOIN FETCH c.theme "
        + "WHERE c.status = no.laeringsarena.catalog.CourseStatus.PUBLISHED")
@NamedQuery(name = "Course.workingCopyOf", query = "SELECT c FROM Course c WHERE c.draftOf = :course")
@NamedQuery(name = "Course.allButWorkingCopies", query = "SELECT c FROM Course c WHERE c.draftOf IS NULL ORDER BY c.title")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_key", nullable = false, unique = true, length = 100)
    private String courseKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(name = "learning_goals", nullable = false)
    private String learningGoals = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseFormat format;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private TaxonomyTerm sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private TaxonomyTerm theme;

    @Column(nullable = false, length = 300)
    private String audience = "";

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 200)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status = CourseStatus.DRAFT;

    @Column(name = "open_access", nullable = false)
    private boolean openAccess;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "fact_checked_on")
    private LocalDate factCheckedOn;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    /** Set on a working copy (utkast) of a published course: the course it will be published onto. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_of_id")
    private Course draftOf;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String courseKey) {
        this.courseKey = Objects.requireNonNull(courseKey);
    }

    /** Sets everything from a course file and rebuilds its modules and lessons (progress is kept by lesson key). */
    public void describe(CourseContent content, TaxonomyTerm sector, TaxonomyTerm theme, OffsetDateTime now) {
        this.title = content.title();
        this.summary = content.summary();
        this.learningGoals = String.join("\n", content.learningGoals());
        this.format = content.format();
        this.sector = sector;
        this.theme = theme;
        this.audience = content.audience() == null ? "" : content.audience();
        this.durationMinutes = content.durationMinutes();
        this.owner = content.owner();
        this.status = content.status();
        this.openAccess = content.openAccess();
        this.factCheckedOn = content.factCheckedOn();
        this.updatedAt = now;
        modules.clear();
        int position = 0;
        for (ModuleContent module : content.modules()) {
            modules.add(new CourseModule(this, position++, module));
        }
    }

    /** A course written in the UI: a draft with these details and no modules yet. */
    Course(String courseKey, CourseDetails details, TaxonomyTerm sector, TaxonomyTerm theme, OffsetDateTime now) {
        this(courseKey);
        editDetails(details, sector, theme, now);
    }

    /** A working copy of a published course: its details, modules, lessons and steps (lesson keys kept), as a draft. */
    static Course workingCopyOf(Course published, OffsetDateTime now) {
        Course copy = new Course("utkast-" + published.getId());
        copy.draftOf = published;
        copy.copyFrom(published, now);
        copy.status = CourseStatus.DRAFT;
        return copy;
    }

    /** Takes over everything but the key, status and authors from another course (publishing a working copy). */
    void copyFrom(Course source, OffsetDateTime now) {
        this.title = source.title;
        this.summary = source.summary;
        this.learningGoals = source.learningGoals;
        this.format = source.format;
        this.sector = source.sector;
        this.theme = source.theme;
        this.audience = source.audience;
        this.durationMinutes = source.durationMinutes;
        this.owner = source.owner;
        this.openAccess = source.openAccess;
        this.factCheckedOn = source.factCheckedOn;
        this.updatedAt = now;
        modules.clear();
        int position = 0;
        for (CourseModule module : source.modules) {
            modules.add(new CourseModule(this, position++, module));
        }
    }

    void editDetails(CourseDetails details, TaxonomyTerm sector, TaxonomyTerm theme, OffsetDateTime now) {
        this.title = details.title().strip();
        this.summary = details.summary().strip();
        this.learningGoals = String.join("\n", details.learningGoals());
        this.format = details.format();
        this.sector = sector;
        this.theme = theme;
        this.audience = details.audience() == null ? "" : details.audience().strip();
        this.durationMinutes = details.durationMinutes();
        this.owner = details.owner().strip();
        this.openAccess = details.openAccess();
        this.updatedAt = now;
    }

    /** The details as the editor's form shows them. */
    public CourseDetails details() {
        return new CourseDetails(title, summary, getLearningGoals(), format,
                sector == null ? null : sector.getTermKey(), theme == null ? null : theme.getTermKey(),
                audience, durationMinutes, owner, openAccess);
    }

    void changeStatus(CourseStatus status, OffsetDateTime now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Marks the course as changed (so its optimistic-lock version moves and the importer leaves it alone). */
    void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }

    CourseModule addModule(String title) {
        CourseModule module = new CourseModule(this, modules.size(), title);
        modules.add(module);
        return module;
    }

    void removeModule(CourseModule module) {
        modules.remove(module);
        Positions.renumber(modules, CourseModule::setPosition);
    }

    /** Moves a module one place up (-1) or down (+1); false at either end. */
    boolean moveModule(CourseModule module, int delta) {
        return Positions.move(modules, module, delta, CourseModule::setPosition);
    }

    /** Moves a module to a place (0-based), as dragged; false when the place is outside the list. */
    boolean moveModuleTo(CourseModule module, int place) {
        return Positions.moveTo(modules, module, place, CourseModule::setPosition);
    }

    Optional<CourseModule> module(long moduleId) {
        return modules.stream().filter(m -> m.getId() != null && m.getId() == moduleId).findFirst();
    }

    Optional<Lesson> lessonById(long lessonId) {
        return lessons().stream().filter(l -> l.getId() != null && l.getId() == lessonId).findFirst();
    }

    /** A working copy of a published course (see {@link #getDraftOf()}). */
    public boolean isWorkingCopy() {
        return draftOf != null;
    }

    /** The published course this working copy will be published onto, or null. */
    public Course getDraftOf() {
        return draftOf;
    }

    /** The course everything else hangs on (authors, media): the published course for a working copy, else itself. */
    public Course root() {
        return draftOf == null ? this : draftOf;
    }

    /** Every lesson in course order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    public Optional<Lesson> lesson(String lessonKey) {
        return lessons().stream().filter(l -> l.getLessonKey().equals(lessonKey)).findFirst();
    }

    /** The lessons as the completion rule sees them. */
    public List<CompletionRule.LessonRef> lessonRefs() {
        return lessons().stream().map(l -> new CompletionRule.LessonRef(l.getLessonKey(), l.isRequired())).toList();
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getLearningGoals() {
        return learningGoals.isBlank() ? List.of() : List.of(learningGoals.split("\n"));
    }

    public CourseFormat getFormat() {
        return format;
    }

    public TaxonomyTerm getSector() {
        return sector;
    }

    public TaxonomyTerm getTheme() {
        return theme;
    }

    public String getAudience() {
        return audience;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getOwner() {
        return owner;
    }

    public CourseStatus getStatus() {
        return status;
    }

    /** Playable by guests (without progress). */
    public boolean isOpenAccess() {
        return openAccess;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDate getFactCheckedOn() {
        return factCheckedOn;
    }

    public List<CourseModule> getModules() {
        return List.copyOf(modules);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "kurs " + courseKey;
    }
}
