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
import no.laeringsarena.catalog.LearningPath;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationUnit;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UnitTree;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.Messages;

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
        return assign(courseKey, null, deadline, unitId == null ? AssignmentTarget.organisation()
                : AssignmentTarget.unit(unitId)).get(0);
    }

    /**
     * Assigns a published course ({@code courseKey}) or a learning path ({@code pathKey}) — one of them — to a target
     * in the caller's organisation: one assignment, or one per person named. Assigning the same thing to the same
     * target again moves the deadline. All or nothing: a person who is not in the organisation refuses the lot.
     * The people concerned are told by mail (the reminder timer queues it, also for those who join later).
     */
    @Transactional
    public List<CourseAssignment> assign(String courseKey, String pathKey, LocalDate deadline, AssignmentTarget target) {
        UserAccount admin = caller();
        Organisation organisation = admin.getOrganisation();
        List<String> problems = new ArrayList<>();
        boolean hasCourse = courseKey != null && !courseKey.isBlank();
        boolean hasPath = pathKey != null && !pathKey.isBlank();
        Course course = !hasCourse ? null : em.createNamedQuery("Course.byKey", Course.class)
                .setParameter("key", courseKey).getResultStream().filter(Course::isPublished).findFirst().orElse(null);
        LearningPath path = !hasPath ? null : em.createNamedQuery("LearningPath.byKey", LearningPath.class)
                .setParameter("key", pathKey).getResultStream().findFirst().orElse(null);
        if (hasCourse && hasPath) {
            problems.add("reporting.assign.courseOrPath");
        } else if (course == null && path == null) {
            problems.add("reporting.assign.courseRequired");
        }
        if (deadline == null) {
            problems.add("reporting.assign.deadlineRequired");
        } else if (deadline.isBefore(LocalDate.now(clock))) {
            problems.add("reporting.assign.deadlinePast");
        }
        Long unitId = target.unitId();
        OrganisationUnit unit = unitId == null ? null : em.find(OrganisationUnit.class, unitId);
        if (unitId != null && (unit == null || !unit.getOrganisation().getId().equals(organisation.getId()))) {
            problems.add("reporting.assign.unitUnknown");
        }
        List<UserAccount> people = new ArrayList<>();
        for (String email : target.emails()) {
            UserAccount person = identity.findByEmail(email).orElse(null);
            if (person == null || person.getOrganisation() == null
                    || !person.getOrganisation().getId().equals(organisation.getId()) || person.getDeactivatedAt() != null) {
                problems.add("reporting.assign.personUnknown:" + email);
            } else {
                people.add(person);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejected(problems);
        }
        List<CourseAssignment> done = new ArrayList<>();
        if (target.kind() == AssignmentTarget.Kind.PEOPLE) {
            for (UserAccount person : people) {
                done.add(assignOne(organisation, course, path, null, person, null, deadline, admin));
            }
        } else {
            done.add(assignOne(organisation, course, path, unit, null, target.role(), deadline, admin));
        }
        return done;
    }

    private CourseAssignment assignOne(Organisation organisation, Course course, LearningPath path, OrganisationUnit unit,
                                       UserAccount person, Role role, LocalDate deadline, UserAccount admin) {
        CourseAssignment assignment = em.createQuery("SELECT a FROM CourseAssignment a WHERE a.organisation.id = :org "
                        + "AND (a.course = :course OR a.learningPath = :path)", CourseAssignment.class)
                .setParameter("org", organisation.getId()).setParameter("course", course).setParameter("path", path)
                .getResultStream()
                .filter(a -> sameId(a.getCourse() == null ? null : a.getCourse().getId(), course == null ? null : course.getId())
                        && sameId(a.getLearningPath() == null ? null : a.getLearningPath().getId(), path == null ? null : path.getId())
                        && sameId(a.getUnit() == null ? null : a.getUnit().getId(), unit == null ? null : unit.getId())
                        && sameId(a.getPerson() == null ? null : a.getPerson().getId(), person == null ? null : person.getId())
                        && a.getRole() == role)
                .findFirst().orElse(null);
        if (assignment == null) {
            assignment = new CourseAssignment(organisation, course, path, unit, person, role, deadline, admin);
            em.persist(assignment);
        } else {
            assignment.moveDeadline(deadline, admin);
        }
        return assignment;
    }

    private static boolean sameId(Long a, Long b) {
        return java.util.Objects.equals(a, b);
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

    /**
     * One query for the whole organisation: per assignment and unit, its active people and how many have completed
     * (every course of a learning path) and started (any course of it). Units are applied from the tree.
     */
    private CompletionRollup rollup(Organisation organisation, UnitTree tree) {
        List<AssignedCourse> courses = assignments(organisation).stream().map(a -> {
            Long target = a.getUnit() == null ? null : a.getUnit().getId();
            return new AssignedCourse(a.getId(), a.subjectKey(), a.isPath()
                    ? Messages.text("reporting.pathTitle", a.subjectTitle()) : a.subjectTitle(),
                    a.getDeadline(), target == null ? null : tree.subtree(target), assignedTo(a, tree), a.getPerson() != null);
        }).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, p.unit_id, count(p.id), count(e.completed_at), count(e.id)
                          FROM course_assignment a
                        """ + AssignmentAudience.PEOPLE + """
                          LEFT JOIN enrolment e ON e.course_id = a.course_id AND e.user_id = p.id
                         WHERE a.organisation_id = ?1 AND a.course_id IS NOT NULL
                         GROUP BY a.id, p.unit_id
                        UNION ALL
                        SELECT x.id, x.unit_id, count(*), count(*) FILTER (WHERE x.done = x.total),
                               count(*) FILTER (WHERE x.started > 0)
                          FROM (SELECT a.id, p.unit_id, p.id AS person, count(*) AS total,
                                       count(e.completed_at) AS done, count(e.id) AS started
                                  FROM course_assignment a
                        """ + AssignmentAudience.PEOPLE + """
                                  JOIN learning_path_course lpc ON lpc.path_id = a.learning_path_id
                                  LEFT JOIN enrolment e ON e.course_id = lpc.course_id AND e.user_id = p.id
                                 WHERE a.organisation_id = ?1 AND a.learning_path_id IS NOT NULL
                                 GROUP BY a.id, p.unit_id, p.id) x
                         GROUP BY x.id, x.unit_id""")
                .setParameter(1, organisation.getId()).getResultList();
        List<UnitCounts> counts = rows.stream().map(r -> new UnitCounts(((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
        return new CompletionRollup(courses, counts, LocalDate.now(clock));
    }

    /** Whom the report says an assignment is for: a unit's path, a role, a person; null for the whole organisation. */
    private static String assignedTo(CourseAssignment a, UnitTree tree) {
        if (a.getUnit() != null) {
            String unit = tree.node(a.getUnit().getId()).map(UnitTree.Node::path).orElse(a.getUnit().getName());
            // a role assignment of a merged organisation: the role, within the unit the organisation became
            return a.getRole() == null ? unit : Messages.text("reporting.assignedToRoleInUnit",
                    Messages.text(a.getRole().messageKey()), unit);
        }
        if (a.getRole() != null) {
            return Messages.text("reporting.assignedToRole",
                    Messages.text(a.getRole().messageKey()));
        }
        if (a.getPerson() != null) {
            return a.getPerson().getDisplayName();
        }
        return null;
    }

    List<CourseAssignment> assignments(Organisation organisation) {
        return em.createNamedQuery("CourseAssignment.byOrganisation", CourseAssignment.class)
                .setParameter("organisationId", organisation.getId()).getResultList();
    }

    private UserAccount caller() {
        return identity.callerWithOrganisation(security.getCallerPrincipal());
    }
}
