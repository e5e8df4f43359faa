package no.laeringsarena.catalog;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.laeringsarena.identity.UserAccount;

/**
 * A learner taking a course: when she started and finished, where she left off, and which lessons she has
 * done. {@code registration} ties all learning events of this enrolment together (xAPI registration).
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.byUserAndCourse",
        query = "SELECT e FROM Enrolment e WHERE e.user.id = :userId AND e.course.id = :courseId")
@NamedQuery(name = "Enrolment.byCourse", query = "SELECT e FROM Enrolment e WHERE e.course = :course")
@NamedQuery(name = "Enrolment.byUser",
        query = "SELECT e FROM Enrolment e WHERE e.user.id = :userId ORDER BY e.startedAt DESC")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false, unique = true)
    private UUID registration;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "last_lesson_key", length = 100)
    private String lastLessonKey;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<LessonProgress> progress = new ArrayList<>();

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(UserAccount user, Course course, OffsetDateTime now) {
        this.user = user;
        this.course = course;
        this.registration = UUID.randomUUID();
        this.startedAt = now;
    }

    /** Records a lesson as done (once) and remembers it for "Fortsett"; false when it was done before. */
    public boolean completeLesson(String lessonKey, OffsetDateTime now) {
        lastLessonKey = lessonKey;
        if (completedLessonKeys().contains(lessonKey)) {
            return false;
        }
        progress.add(new LessonProgress(this, lessonKey, now));
        return true;
    }

    public void visited(String lessonKey) {
        this.lastLessonKey = lessonKey;
    }

    public void markCompleted(OffsetDateTime now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public Set<String> completedLessonKeys() {
        return progress.stream().map(LessonProgress::getLessonKey).collect(Collectors.toSet());
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** Percent of the required lessons done, by the completion rule; 100 once completed (see {@link RevisionRule}). */
    public int getPercent() {
        return RevisionRule.percent(course.lessonRefs(), state());
    }

    /** Her progress as the revision rule sees it. */
    public RevisionRule.LearnerState state() {
        return new RevisionRule.LearnerState(completedLessonKeys(), isCompleted());
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public Course getCourse() {
        return course;
    }

    public UUID getRegistration() {
        return registration;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public String getLastLessonKey() {
        return lastLessonKey;
    }
}
