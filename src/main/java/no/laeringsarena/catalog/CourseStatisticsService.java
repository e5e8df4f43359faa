package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * Counts a course's enrolments and progress for its course holder (those who may edit it: see
 * {@link CourseAuthoring}), against the published course's modules and lessons. A handful of aggregate queries,
 * whatever the number of learners.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
public class CourseStatisticsService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CourseAuthoring authoring;

    public record Titled(String title, CourseStatistics statistics) {
    }

    /** @throws no.laeringsarena.identity.AccessDeniedException when the caller may not edit the course */
    public Titled statistics(long userId, String key) {
        Course course = authoring.forEditing(userId, key).root();
        long courseId = course.getId();
        Object[] totals = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(completed_at),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at))
                FROM enrolment WHERE course_id = ?1""").setParameter(1, courseId).getSingleResult();
        long enrolled = ((Number) totals[0]).longValue();
        long completed = ((Number) totals[1]).longValue();
        Duration median = totals[2] == null ? null : Duration.ofSeconds(Math.round(((Number) totals[2]).doubleValue()));

        Map<String, Long> perLesson = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT p.lesson_key, count(*) FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id
                WHERE e.course_id = ?1 GROUP BY p.lesson_key""").setParameter(1, courseId).getResultList()) {
            Object[] r = (Object[]) row;
            perLesson.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Long> stopped = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT last_lesson_key, count(*) FROM enrolment
                WHERE course_id = ?1 AND completed_at IS NULL AND last_lesson_key IS NOT NULL
                GROUP BY last_lesson_key""").setParameter(1, courseId).getResultList()) {
            Object[] r = (Object[]) row;
            stopped.put((String) r[0], ((Number) r[1]).longValue());
        }

        List<CourseStatistics.ModuleCount> modules = new ArrayList<>();
        for (CourseModule module : course.getModules()) {
            List<String> required = module.getLessons().stream().filter(Lesson::isRequired).map(Lesson::getLessonKey).toList();
            if (required.isEmpty()) {
                // a module of optional lessons only: done when all of them are
                required = module.getLessons().stream().map(Lesson::getLessonKey).toList();
            }
            if (required.isEmpty()) {
                continue;
            }
            long doneAll = ((Number) em.createNativeQuery("""
                    SELECT count(*) FROM (
                        SELECT p.enrolment_id FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id
                        WHERE e.course_id = ?1 AND p.lesson_key = ANY (CAST(?2 AS varchar[]))
                        GROUP BY p.enrolment_id HAVING count(DISTINCT p.lesson_key) = ?3) done""")
                    .setParameter(1, courseId).setParameter(2, "{" + String.join(",", required) + "}")
                    .setParameter(3, required.size()).getSingleResult()).longValue();
            modules.add(new CourseStatistics.ModuleCount(module.getTitle(), doneAll, module.getLessons().stream()
                    .map(l -> new CourseStatistics.LessonCount(l.getLessonKey(), l.getTitle(),
                            perLesson.getOrDefault(l.getLessonKey(), 0L)))
                    .toList()));
        }
        return new Titled(course.getTitle(),
                CourseStatistics.of(enrolled, completed, median, modules, stopped));
    }
}
