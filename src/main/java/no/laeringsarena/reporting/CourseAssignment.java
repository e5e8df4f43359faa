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
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationUnit;
import no.laeringsarena.identity.UserAccount;

/** A course every member of an organisation — or of one unit and the units below it — must complete by a deadline. */
@Entity
@Table(name = "course_assignment")
@NamedQuery(name = "CourseAssignment.byOrganisation",
        query = "SELECT a FROM CourseAssignment a WHERE a.organisation.id = :organisationId ORDER BY a.deadline, a.course.title")
public class CourseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

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

    /** The unit the course is assigned to, or null for the whole organisation. */
    public OrganisationUnit getUnit() {
        return unit;
    }
}
