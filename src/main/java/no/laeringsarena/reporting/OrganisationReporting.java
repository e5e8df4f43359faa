package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationUnit;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UnitTree;
import no.laeringsarena.identity.UserAccount;

/**
 * What an organisation administrator does for their own organisation — never another one, whatever ids a request
 * carries: assign courses with deadlines, and see who has completed them, for the organisation or per unit. A leader
 * (leder) sees the same reports for their own unit and the units below it.
 */
@ApplicationScoped
@RequiresRole(Role.VIRKSOMHETSADMINISTRATOR)
public class OrganisationReporting {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    CallerRoles callerRoles;

    Clock clock = Clock.system(OSLO);

    /** Assigns a published course to everyone in the caller's organisation; assigning it again moves the deadline. */
    @Transactional
    public CourseAssignment assign(String courseKey, LocalDate deadline) {
        return assign(courseKey, deadline, null);
    }

    /**
     * Assigns a published course to everyone in one unit of the caller's organisation and the units below it (null:
     * the whole organisation); assigning the same course to the same unit again moves the deadline.
     */
    @Transactional
    public CourseAssignment assign(String courseKey, LocalDate deadline, Long unitId) {
        UserAccount admin = caller();
        Organisation organisation = admin.getOrganisation();
        List<String> problems = new ArrayList<>();
        Course course = courseKey == null ? null : em.createNamedQuery("Course.byKey", Course.class)
                .setParameter("key", courseKey).getResultStream().filter(Course::isPublished).findFirst().orElse(null);
        if (course == null) {
            problems.add("reporting.assign.courseRequired");
        }
        if (deadline == null) {
            problems.add("reporting.assign.deadlineRequired");
        } else if (deadline.isBefore(LocalDate.now(clock))) {
            problems.add("reporting.assign.deadlinePast");
        }
        OrganisationUnit unit = unitId == null ? null : em.find(OrganisationUnit.class, unitId);
        if (unitId != null && (unit == null || !unit.getOrganisation().getId().equals(organisation.getId()))) {
            problems.add("reporting.assign.unitUnknown");
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejected(problems);
        }
        CourseAssignment assignment = em.createQuery("SELECT a FROM CourseAssignment a WHERE a.organisation.id = :org "
                        + "AND a.course.id = :course", CourseAssignment.class)
                .setParameter("org", organisation.getId()).setParameter("course", course.getId()).getResultStream()
                .filter(a -> java.util.Objects.equals(a.getUnit() == null ? null : a.getUnit().getId(), unitId))
                .findFirst().orElse(null);
        if (assignment == null) {
            assignment = new CourseAssignment(organisation, unit, course, deadline, admin);
            em.persist(assignment);
        } else {
            assignment.moveDeadline(deadline, admin);
        }
        return assignment;
    }

    /** One line per assigned course: how the people in the caller's reach stand with it today. */
    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR, Role.LEDER})
    public List<CourseCompletion> report() {
        return report(null);
    }

    /**
     * One line per assigned course for a unit and everything below it (null: all the caller may see — the whole
     * organisation for an administrator, their own unit for a leader). A unit outside the caller's reach is refused.
     */
    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR, Role.LEDER})
    public List<CourseCompletion> report(Long unitId) {
        ReportScope scope = scope(unitId);
        return rollup(scope.organisation(), scope.tree()).lines(scope.units());
    }

    /** For each unit one level below the chosen one (or the top units), its line per assigned course. */
    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR, Role.LEDER})
    public List<UnitCompletion> perUnit(Long unitId) {
        ReportScope scope = scope(unitId);
        return rollup(scope.organisation(), scope.tree()).perUnit(scope.tree(), scope.root());
    }

    /** The units the caller may choose between: all of the organisation's, or a leader's own unit and those below. */
    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR, Role.LEDER})
    public List<UnitTree.Node> units() {
        ReportScope scope = scope(null);
        return scope.tree().nodes().stream().filter(n -> scope.units() == null || scope.units().contains(n.id())).toList();
    }

    @RequiresRole({Role.VIRKSOMHETSADMINISTRATOR, Role.LEDER})
    public String organisationName() {
        return caller().getOrganisation().getName();
    }

    /** Whom the caller may see: an administrator the whole organisation, a leader their unit and the units below. */
    ReportScope scope(Long unitId) {
        UserAccount caller = caller();
        Organisation organisation = caller.getOrganisation();
        UnitTree tree = identity.unitTree(organisation);
        boolean administrator = callerRoles.has(Role.VIRKSOMHETSADMINISTRATOR);
        Set<Long> reach = null;
        if (!administrator) {
            if (caller.getUnit() == null) {
                throw new AccessDeniedException("a leader must belong to a unit to see its reports");
            }
            reach = tree.subtree(caller.getUnit().getId());
        }
        Long root = unitId != null ? unitId : administrator ? null : caller.getUnit().getId();
        if (root != null && (tree.node(root).isEmpty() || (reach != null && !reach.contains(root)))) {
            throw new AccessDeniedException("unit " + root + " is outside the caller's reach");
        }
        return new ReportScope(organisation, tree, root, root == null ? null : tree.subtree(root));
    }

    record ReportScope(Organisation organisation, UnitTree tree, Long root, Set<Long> units) {
    }

    /** One query for the whole organisation: per assigned course and unit, its active people and their enrolments. */
    private CompletionRollup rollup(Organisation organisation, UnitTree tree) {
        List<AssignedCourse> courses = assignments(organisation).stream().map(a -> {
            Long target = a.getUnit() == null ? null : a.getUnit().getId();
            return new AssignedCourse(a.getId(), a.getCourse().getCourseKey(), a.getCourse().getTitle(), a.getDeadline(),
                    target == null ? null : tree.subtree(target),
                    target == null ? null : tree.node(target).map(UnitTree.Node::path).orElse(null));
        }).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, p.unit_id, count(p.id), count(e.completed_at), count(e.id)
                          FROM course_assignment a
                          JOIN user_account p ON p.organisation_id = a.organisation_id AND p.deactivated_at IS NULL
                          LEFT JOIN enrolment e ON e.course_id = a.course_id AND e.user_id = p.id
                         WHERE a.organisation_id = ?1
                         GROUP BY a.id, p.unit_id""")
                .setParameter(1, organisation.getId()).getResultList();
        List<UnitCounts> counts = rows.stream().map(r -> new UnitCounts(((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
        return new CompletionRollup(courses, counts, LocalDate.now(clock));
    }

    List<CourseAssignment> assignments(Organisation organisation) {
        return em.createNamedQuery("CourseAssignment.byOrganisation", CourseAssignment.class)
                .setParameter("organisationId", organisation.getId()).getResultList();
    }

    private UserAccount caller() {
        return identity.callerWithOrganisation(security.getCallerPrincipal());
    }
}
