package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.identity.UserAccount;

/** The courses a learner's organisation has assigned to them, with their own status and the deadline. */
@ApplicationScoped
public class MyAssignments {

    public record Line(String courseKey, String courseTitle, LocalDate deadline, AssignmentStatus status) {
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    Clock clock = Clock.system(OrganisationReporting.OSLO);

    public List<Line> of(UserAccount learner) {
        if (learner.getOrganisation() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery("CourseAssignment.byOrganisation", CourseAssignment.class)
                .setParameter("organisationId", learner.getOrganisation().getId()).getResultStream()
                .map(a -> {
                    Enrolment e = em.createNamedQuery("Enrolment.byUserAndCourse", Enrolment.class)
                            .setParameter("userId", learner.getId()).setParameter("courseId", a.getCourse().getId())
                            .getResultStream().findFirst().orElse(null);
                    return new Line(a.getCourse().getCourseKey(), a.getCourse().getTitle(), a.getDeadline(),
                            CourseCompletion.statusOf(e != null, e != null && e.isCompleted(), a.getDeadline(), today));
                }).toList();
    }
}
