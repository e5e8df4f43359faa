package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * What an organisation administrator does for their own organisation — never another one, whatever ids a request
 * carries: assign courses with deadlines, and see who has completed them.
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

    Clock clock = Clock.system(OSLO);

    /** Assigns a published course to everyone in the caller's organisation; assigning it again moves the deadline. */
    @Transactional
    public CourseAssignment assign(String courseKey, LocalDate deadline) {
        UserAccount admin = caller();
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
        if (!problems.isEmpty()) {
            throw new AssignmentRejected(problems);
        }
        Organisation organisation = admin.getOrganisation();
        CourseAssignment assignment = em.createNamedQuery("CourseAssignment.byOrganisationAndCourse", CourseAssignment.class)
                .setParameter("organisationId", organisation.getId()).setParameter("courseId", course.getId())
                .getResultStream().findFirst().orElse(null);
        if (assignment == null) {
            assignment = new CourseAssignment(organisation, course, deadline, admin);
            em.persist(assignment);
        } else {
            assignment.moveDeadline(deadline, admin);
        }
        return assignment;
    }

    /** One line per assigned course: how the organisation's staff stand with it today. */
    public List<CourseCompletion> report() {
        Organisation organisation = caller().getOrganisation();
        List<UserAccount> staff = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.organisation.id = :org", UserAccount.class)
                .setParameter("org", organisation.getId()).getResultList();
        LocalDate today = LocalDate.now(clock);
        List<CourseCompletion> lines = new ArrayList<>();
        for (CourseAssignment assignment : assignments(organisation)) {
            Map<Long, Enrolment> byUser = em.createQuery("SELECT e FROM Enrolment e WHERE e.user.organisation.id = :org "
                            + "AND e.course.id = :course", Enrolment.class)
                    .setParameter("org", organisation.getId()).setParameter("course", assignment.getCourse().getId())
                    .getResultStream().collect(Collectors.toMap(e -> e.getUser().getId(), Function.identity()));
            List<AssignmentStatus> statuses = staff.stream().map(person -> {
                Enrolment enrolment = byUser.get(person.getId());
                return CourseCompletion.statusOf(enrolment != null, enrolment != null && enrolment.isCompleted(),
                        assignment.getDeadline(), today);
            }).toList();
            lines.add(CourseCompletion.count(assignment.getCourse().getCourseKey(), assignment.getCourse().getTitle(),
                    assignment.getDeadline(), statuses));
        }
        return lines;
    }

    public String organisationName() {
        return caller().getOrganisation().getName();
    }

    List<CourseAssignment> assignments(Organisation organisation) {
        return em.createNamedQuery("CourseAssignment.byOrganisation", CourseAssignment.class)
                .setParameter("organisationId", organisation.getId()).getResultList();
    }

    private UserAccount caller() {
        Principal principal = security.getCallerPrincipal();
        UserAccount account = principal == null ? null : identity.findByEmail(principal.getName()).orElse(null);
        if (account == null || account.getOrganisation() == null) {
            throw new AccessDeniedException("an organisation administrator must belong to an organisation");
        }
        return account;
    }
}
