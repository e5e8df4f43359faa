package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;

/** The courses a learner's organisation has assigned to them (or to their unit), with their own status and the deadline. */
@ApplicationScoped
public class MyAssignments {

    public record Line(String courseKey, String courseTitle, LocalDate deadline, AssignmentStatus status) {
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    IdentityService identity;

    Clock clock = Clock.system(OrganisationReporting.OSLO);

    /** The learner's assignments: those for the whole organisation and those for their unit or a unit above it. */
    public List<Line> of(UserAccount learner) {
        if (learner.getOrganisation() == null) {
            return List.of();
        }
        Set<Long> myUnits = learner.getUnit() == null ? Set.of()
                : identity.unitTree(learner.getOrganisation()).ancestorsAndSelf(learner.getUnit().getId());
        List<CourseAssignment> mine = em.createNamedQuery("CourseAssignment.byOrganisation", CourseAssignment.class)
                .setParameter("organisationId", learner.getOrganisation().getId()).getResultStream()
                .filter(a -> a.getUnit() == null || myUnits.contains(a.getUnit().getId())).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Enrolment> enrolments = em.createQuery("SELECT e FROM Enrolment e WHERE e.user.id = :user "
                        + "AND e.course.id IN :courses", Enrolment.class)
                .setParameter("user", learner.getId())
                .setParameter("courses", mine.stream().map(a -> a.getCourse().getId()).distinct().toList())
                .getResultStream().collect(Collectors.toMap(e -> e.getCourse().getId(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        Map<Long, Line> byCourse = new LinkedHashMap<>();
        for (CourseAssignment a : mine) {
            Enrolment e = enrolments.get(a.getCourse().getId());
            Line line = new Line(a.getCourse().getCourseKey(), a.getCourse().getTitle(), a.getDeadline(),
                    CourseCompletion.statusOf(e != null, e != null && e.isCompleted(), a.getDeadline(), today));
            // assigned twice (to the organisation and to a unit): the earlier deadline counts
            byCourse.merge(a.getCourse().getId(), line, (x, y) -> x.deadline().isAfter(y.deadline()) ? y : x);
        }
        return List.copyOf(byCourse.values());
    }
}
