package no.laeringsarena.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.catalog.CertificateService;
import no.laeringsarena.catalog.CompletionRule;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.platform.web.LanguageSelection;

/** A course's page (view-scoped, so the key is known when the Start button is decoded) (kurs/kurs.xhtml?key=...): goals, modules and lessons, my progress, Start/Fortsett, my kursbevis. */
@Named("coursePage")
@ViewScoped
public class CoursePageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningService learning;

    @Inject
    CertificateService certificates;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private String key;
    private transient Course course;
    private transient boolean loaded;
    private transient Optional<Enrolment> enrolment = Optional.empty();
    private transient Optional<Certificate> certificate = Optional.empty();

    /** View action: 404 when there is no course this visitor may see. */
    public void load() {
        loaded = false;
        if (getCourse() == null) {
            Pages.notFound();
        }
    }

    // loaded on first use: on a postback, components ask before the view action has run
    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        enrolment = Optional.empty();
        certificate = Optional.empty();
        course = catalog.visible(key, learner.maySeeDrafts()).orElse(null);
        if (course != null) {
            learner.id().ifPresent(userId -> {
                enrolment = learning.enrolment(userId, key);
                certificate = certificates.ownedFor(userId, course.getId());
            });
        }
    }

    /** Starts (or continues) the course and goes to the lesson to resume at. */
    public String start() {
        Long userId = learner.id().orElse(null);
        if (userId == null) {
            return "/logg-inn?faces-redirect=true";
        }
        Enrolment started = learning.start(userId, key, language.getTag());
        return Pages.lessonOutcome(key, resumeAt(started));
    }

    public String getResumeLessonKey() {
        ensureLoaded();
        return enrolment.map(this::resumeAt)
                .orElseGet(() -> course.lessons().isEmpty() ? null : course.lessons().get(0).getLessonKey());
    }

    private String resumeAt(Enrolment e) {
        return CompletionRule.resumeAt(e.getCourse().lessonRefs(), e.completedLessonKeys(), e.getLastLessonKey())
                .orElse(null);
    }

    public boolean isDone(String lessonKey) {
        return doneKeys().contains(lessonKey);
    }

    private Set<String> doneKeys() {
        ensureLoaded();
        return enrolment.map(Enrolment::completedLessonKeys).orElse(Set.of());
    }

    public int getPercent() {
        ensureLoaded();
        return enrolment.map(Enrolment::getPercent).orElse(0);
    }

    public boolean isStarted() {
        ensureLoaded();
        return enrolment.isPresent();
    }

    public boolean isCompleted() {
        ensureLoaded();
        return enrolment.map(Enrolment::isCompleted).orElse(false);
    }

    /** A guest may play an open course; anyone logged in may take any published course. */
    public boolean isPlayable() {
        ensureLoaded();
        return learner.isLoggedIn() || course.isOpenAccess();
    }

    public Certificate getCertificate() {
        ensureLoaded();
        return certificate.orElse(null);
    }

    public Course getCourse() {
        ensureLoaded();
        return course;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
