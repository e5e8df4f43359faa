package no.laeringsarena.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.catalog.CertificateService;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.catalog.LearningService;

/** "Mine kurs" on Min side: courses in progress and completed, with the kursbevis of each completed one. */
@Named("myCourses")
@RequestScoped
public class MyCoursesBean {

    @Inject
    LearningService learning;

    @Inject
    CertificateService certificates;

    @Inject
    Learner learner;

    private List<Enrolment> enrolments;
    private Map<Long, Certificate> certificateByCourse;
    private List<Certificate> owned;

    public List<Enrolment> getInProgress() {
        return enrolments().stream().filter(e -> !e.isCompleted()).toList();
    }

    public List<Enrolment> getCompleted() {
        return enrolments().stream().filter(Enrolment::isCompleted).toList();
    }

    public Certificate certificate(Enrolment enrolment) {
        if (certificateByCourse == null) {
            certificateByCourse = owned().stream().filter(c -> !c.isAttendance())
                    .collect(Collectors.toMap(c -> c.getCourse().getId(), Function.identity()));
        }
        return certificateByCourse.get(enrolment.getCourse().getId());
    }

    /** My kursbevis for deltakelse (webinars and in-person courses attended), newest first. */
    public List<Certificate> getAttendanceCertificates() {
        return owned().stream().filter(Certificate::isAttendance).toList();
    }

    private List<Certificate> owned() {
        if (owned == null) {
            owned = learner.id().map(certificates::owned).orElse(List.of());
        }
        return owned;
    }

    private List<Enrolment> enrolments() {
        if (enrolments == null) {
            enrolments = learner.id().map(learning::enrolments).orElse(List.of());
        }
        return enrolments;
    }
}
