package no.laeringsarena.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One lesson a learner has done, by the lesson's key (which survives re-imports of the course). */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "lesson_key", nullable = false, length = 100)
    private String lessonKey;

    @Column(name = "completed_at", nullable = false)
    private OffsetDateTime completedAt;

    protected LessonProgress() {
    }

    LessonProgress(Enrolment enrolment, String lessonKey, OffsetDateTime completedAt) {
        this.enrolment = enrolment;
        this.lessonKey = lessonKey;
        this.completedAt = completedAt;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }
}
