package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UserAccount;

/**
 * The courses and learning paths a learner's organisation has assigned to them — to everyone, to their unit or a
 * unit above it, to a role they have, or to them by name — with their own status and the deadline.
 */
@ApplicationScoped
public class MyAssignments {

    /** One assigned course or learning path ({@code path}); the key and title are the course's or the path's. */
    public record Line(String courseKey, String courseTitle, LocalDate deadline, AssignmentStatus status, boolean path) {

        public Line(String courseKey, String courseTitle, LocalDate deadline, AssignmentStatus status) {
            this(courseKey, courseTitle, deadline, status, false);
        }
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    IdentityService identity;

    Clock clock = Clock.system(OrganisationReporting.OSLO);

    public List<Line> of(UserAccount learner) {
        if (learner.getOrganisation() == null || learner.getDeactivatedAt() != null) {
            return List.of();
        }
        Set<Long> myUnits = learner.getUnit() == null ? Set.of()
                : identity.unitTree(learner.getOrganisation()).ancestorsAndSelf(learner.getUnit().getId());
        List<CourseAssignment> mine = em.createQuery("SELECT a FROM CourseAssignment a LEFT JOIN a.course c "
                        + "LEFT JOIN a.learningPath lp WHERE a.organisation.id = :org AND (a.person IS NULL OR a.person.id = :me) "
                        + "ORDER BY a.deadline, c.title, lp.title, a.id", CourseAssignment.class)
                .setParameter("org", learner.getOrganisation().getId()).setParameter("me", learner.getId())
                .getResultStream()
                .filter(a -> a.getUnit() == null || myUnits.contains(a.getUnit().getId()))
                .filter(a -> a.getRole() == null || learner.getRoles().contains(a.getRole()))
                .toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> courseIds = new ArrayList<>();
        for (CourseAssignment a : mine) {
            if (a.isPath()) {
                a.getLearningPath().getCourses().forEach(c -> courseIds.add(c.getId()));
            } else {
                courseIds.add(a.getCourse().getId());
            }
        }
        Map<Long, Enrolment> enrolments = courseIds.isEmpty() ? Map.of() : em.createQuery("SELECT e FROM Enrolment e "
                        + "WHERE e.user.id = :user AND e.course.id IN :courses", Enrolment.class)
                .setParameter("user", learner.getId()).setParameter("courses", courseIds.stream().distinct().toList())
                .getResultStream().collect(Collectors.toMap(e -> e.getCourse().getId(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        Map<String, Line> bySubject = new LinkedHashMap<>();
        for (CourseAssignment a : mine) {
            List<Course> courses = a.isPath() ? a.getLearningPath().getCourses() : List.of(a.getCourse());
            boolean started = courses.stream().anyMatch(c -> enrolments.containsKey(c.getId()));
            boolean completed = courses.stream().allMatch(c -> enrolments.containsKey(c.getId())
                    && enrolments.get(c.getId()).isCompleted());
            Line line = new Line(a.subjectKey(), a.subjectTitle(), a.getDeadline(),
                    CourseCompletion.statusOf(started, completed, a.getDeadline(), today), a.isPath());
            // assigned twice (to the organisation and to a unit, say): the earlier deadline counts
            bySubject.merge((a.isPath() ? "path:" : "course:") + a.subjectKey(), line,
                    (x, y) -> x.deadline().isAfter(y.deadline()) ? y : x);
        }
        return List.copyOf(bySubject.values());
    }
}
