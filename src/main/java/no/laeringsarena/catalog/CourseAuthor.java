package no.laeringsarena.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/** A course holder who may edit a course: its owner (who made it and chooses co-authors) or a co-author. */
@Entity
@Table(name = "course_author")
@NamedQuery(name = "CourseAuthor.byCourse",
        query = "SELECT a FROM CourseAuthor a WHERE a.course = :course ORDER BY a.owner DESC, a.addedAt")
@NamedQuery(name = "CourseAuthor.byCourseAndUser",
        query = "SELECT a FROM CourseAuthor a WHERE a.course = :course AND a.user.id = :userId")
@NamedQuery(name = "CourseAuthor.coursesOf",
        query = "SELECT a.course FROM CourseAuthor a WHERE a.user.id = :userId ORDER BY a.course.title")
public class CourseAuthor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false)
    private boolean owner;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected CourseAuthor() {
    }

    CourseAuthor(Course course, UserAccount user, boolean owner, OffsetDateTime now) {
        this.course = course;
        this.user = user;
        this.owner = owner;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public UserAccount getUser() {
        return user;
    }

    public boolean isOwner() {
        return owner;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
