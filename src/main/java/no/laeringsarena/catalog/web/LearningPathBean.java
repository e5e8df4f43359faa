package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.catalog.LearningPath;
import no.laeringsarena.catalog.LearningService;

/** A learning path (kurs/laeringssti.xhtml?key=...): its courses in order, with my status for each. */
@Named("learningPathPage")
@RequestScoped
public class LearningPathBean {

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningService learning;

    @Inject
    Learner learner;

    private String key;
    private LearningPath path;
    private Map<Long, Enrolment> mine = Map.of();

    public void load() {
        path = key == null ? null : catalog.learningPath(key).orElse(null);
        if (path == null) {
            Pages.notFound();
            return;
        }
        mine = learner.id().map(learning::enrolments).orElse(java.util.List.of()).stream()
                .collect(Collectors.toMap(e -> e.getCourse().getId(), Function.identity()));
    }

    /** Message key of my status in the course: ikke startet, påbegynt or fullført. */
    public String status(Course course) {
        Enrolment enrolment = mine.get(course.getId());
        if (enrolment == null) {
            return "catalog.status.notStarted";
        }
        return enrolment.isCompleted() ? "catalog.status.completed" : "catalog.status.inProgress";
    }

    public LearningPath getPath() {
        return path;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
