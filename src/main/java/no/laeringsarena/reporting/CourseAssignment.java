package no.laeringsarena.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.LearningPath;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationUnit;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * A course or a learning path that people of an organisation must complete by a deadline: everyone in the
 * organisation, everyone in one unit and the units below it, everyone with one role, or one person. People who join
 * the unit (or get the role) later have it too, with the same deadline.
 */
@Entity
@Table(name = "course_assignment")
@NamedQuery(name = "CourseAssignment.byOrganisation",
        query = "SELECT a FROM CourseAssignment a LEFT JOIN a.course c LEFT JOIN a.learningPath p "
                + "WHERE a.organisation.id = :organisationId ORDER BY a.deadline, c.title, p.title, a.id")
public class CourseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** Null when a learning path is assigned. */
    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    /** Null when a course is assigned. */
    @ManyToOne
    @JoinColumn(name = "learning_path_id")
    private LearningPath learningPath;

    /** Set when the assignment is for one person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount person;

    /** Set when the assignment is for everyone in the organisation with this role. */
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40)
    private Role role;

    /** Null: the whole organisation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @Column(nullable = false)
    private LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by")
    private UserAccount assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private OffsetDateTime assignedAt = OffsetDateTime.now();

    @Version
    private long version;

    protected CourseAssignment() {
    }

    public CourseAssignment(Organisation organisation, OrganisationUnit unit, Course course, LocalDate deadline,
                            UserAccount assignedBy) {
        this.organisation = organisation;
        this.unit = unit;
        this.course = course;
        this.deadline = deadline;
        this.assignedBy = assignedBy;
    }

    /** A course ({@code course}) or a learning path ({@code path}) for one target: at most one of unit, person, role. */
    CourseAssignment(Organisation organisation, Course course, LearningPath path, OrganisationUnit unit,
                     UserAccount person, Role role, LocalDate deadline, UserAccount assignedBy) {
        if ((course == null) == (path == null)) {
            throw new IllegalArgumentException("a course or a learning path");
        }
        this.organisation = organisation;
        this.course = course;
        this.learningPath = path;
        this.unit = unit;
        this.person = person;
        this.role = role;
        this.deadline = deadline;
        this.assignedBy = assignedBy;
    }

    void moveDeadline(LocalDate newDeadline, UserAccount by) {
        this.deadline = newDeadline;
        this.assignedBy = by;
        this.assignedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisation.getId();
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    /** Null when a learning path is assigned. */
    public LearningPath getLearningPath() {
        return learningPath;
    }

    public boolean isPath() {
        return learningPath != null;
    }

    /** The key of the course or the learning path. */
    public String subjectKey() {
        return isPath() ? learningPath.getPathKey() : course.getCourseKey();
    }

    /** The title of the course or the learning path. */
    public String subjectTitle() {
        return isPath() ? learningPath.getTitle() : course.getTitle();
    }

    /** The person the assignment is for, or null. */
    public UserAccount getPerson() {
        return person;
    }

    /** The role the assignment is for, or null. */
    public Role getRole() {
        return role;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    /** The unit the course is assigned to, or null for the whole organisation. */
    public OrganisationUnit getUnit() {
        return unit;
    }
}
