package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * Taking courses: starting (enrolment), marking lessons as done, completing the course and earning its certificate,
 * with a learning event for each in the same transaction. The caller passes the logged-in user's id, taken from
 * the session, never from the request; only published courses can be taken.
 */
@ApplicationScoped
@Transactional
public class LearningService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    Event<LearningEvent> learningEvents;

    @Inject
    CertificateService certificates;

    public Optional<Enrolment> enrolment(long userId, String courseKey) {
        Course course = CourseContentType.find(em, courseKey);
        return course == null ? Optional.empty() : find(userId, course);
    }

    public List<Enrolment> enrolments(long userId) {
        return em.createNamedQuery("Enrolment.byUser", Enrolment.class).setParameter("userId", userId).getResultList();
    }

    /** Starts the course (once; launched event), or returns the enrolment already there. */
    public Enrolment start(long userId, String courseKey, String language) {
        Course course = publishedCourse(courseKey);
        Optional<Enrolment> existing = find(userId, course);
        if (existing.isPresent()) {
            return existing.get();
        }
        OffsetDateTime now = now();
        Enrolment enrolment = new Enrolment(em.find(UserAccount.class, userId), course, now);
        em.persist(enrolment);
        em.flush();
        fire(enrolment, LearningVerb.LAUNCHED, courseObject(course), null, null, language, now);
        return enrolment;
    }

    /** Remembers the lesson as where the learner is, for "Fortsett"; nothing for a course not started. */
    public void visit(long userId, String courseKey, String lessonKey) {
        enrolment(userId, courseKey).ifPresent(e -> {
            if (e.getCourse().lesson(lessonKey).isPresent()) {
                e.visited(lessonKey);
            }
        });
    }

    /**
     * Marks a lesson as done (starting the course if needed). An active lesson needs an accepted answer for every
     * step ({@link StepAnswers}). Completing the last required lesson completes the course and issues the certificate.
     *
     * @throws IllegalArgumentException for an unknown lesson or missing answers
     */
    public LessonOutcome completeLesson(long userId, String courseKey, String lessonKey, List<String> answers,
                                        String language) {
        Course course = publishedCourse(courseKey);
        Lesson lesson = course.lesson(lessonKey)
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonKey + " in " + courseKey));
        if (lesson.getKind() == LessonKind.PACKAGE) {
            throw new IllegalArgumentException(lessonKey + " is completed by its package (moveOn), not by the learner");
        }
        if (lesson.getKind() == LessonKind.TEST) {
            throw new IllegalArgumentException(lessonKey + " is completed by passing its test, not by the learner");
        }
        if (lesson.getKind() == LessonKind.ACTIVE
                && !StepAnswers.allAccepted(lesson.getSteps().stream().map(LessonStep::content).toList(), answers)) {
            throw new IllegalArgumentException("every step of " + lessonKey + " must be answered");
        }
        return record(userId, course, lesson, language);
    }

    /**
     * Marks a package lesson as done once its unit's criteria are met (cmi5 moveOn), as {@link #completeLesson} does
     * for the others; called by {@code elearning} in the transaction that stored the unit's statement.
     */
    public LessonOutcome completePackageLesson(long userId, String courseKey, String lessonKey, String language) {
        Course course = publishedCourse(courseKey);
        Lesson lesson = course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE)
                .orElseThrow(() -> new IllegalArgumentException("no package lesson " + lessonKey + " in " + courseKey));
        return record(userId, course, lesson, language);
    }

    /**
     * Marks the lessons of a published course that the test completes as done, when the learner has passed it (or
     * submitted a self-assessment); called by {@code assessment} in the transaction that graded the attempt. Nothing
     * for a course that is not published or has no such lesson.
     */
    public void completeTestLessons(long userId, String courseKey, String testKey, String language) {
        Course course = CourseContentType.find(em, courseKey);
        if (course == null || !course.isPublished()) {
            return;
        }
        for (Lesson lesson : course.lessons()) {
            if (lesson.getKind() == LessonKind.TEST && testKey.equals(lesson.getMediaUrl())) {
                record(userId, course, lesson, language);
            }
        }
    }

    private LessonOutcome record(long userId, Course course, Lesson lesson, String language) {
        String courseKey = course.getCourseKey();
        String lessonKey = lesson.getLessonKey();
        Enrolment enrolment = start(userId, courseKey, language);
        OffsetDateTime now = now();
        if (enrolment.completeLesson(lessonKey, now)) {
            fire(enrolment, LearningVerb.EXPERIENCED, LearningObject.of(LearningObjectKind.LESSON,
                    courseKey + "/" + lessonKey, lesson.getTitle()), courseObject(course), LearningResult.completion(null),
                    language, now);
        }
        Certificate certificate = null;
        boolean complete = CompletionRule.isComplete(course.lessonRefs(), enrolment.completedLessonKeys());
        if (complete && !enrolment.isCompleted()) {
            enrolment.markCompleted(now);
            fire(enrolment, LearningVerb.COMPLETED, courseObject(course), null,
                    LearningResult.completion(Duration.between(enrolment.getStartedAt(), now)), language, now);
        }
        if (complete) {
            certificate = certificates.issueIfAbsent(enrolment, now, language);
        }
        String next = CompletionRule.next(course.lessonRefs(), lessonKey).orElse(null);
        return new LessonOutcome(next, complete, certificate);
    }

    /**
     * Completes the course for a learner whose done lessons cover a newly published version ({@link RevisionRule}):
     * completed event and kursbevis, as if she had just finished her last lesson.
     */
    void completeAfterRevision(Enrolment enrolment, String language) {
        if (enrolment.isCompleted()) {
            return;
        }
        OffsetDateTime now = now();
        enrolment.markCompleted(now);
        fire(enrolment, LearningVerb.COMPLETED, courseObject(enrolment.getCourse()), null,
                LearningResult.completion(Duration.between(enrolment.getStartedAt(), now)), language, now);
        certificates.issueIfAbsent(enrolment, now, language);
    }

    private Course publishedCourse(String courseKey) {
        Course course = CourseContentType.find(em, courseKey);
        if (course == null || !course.isPublished()) {
            throw new IllegalArgumentException("no published course " + courseKey);
        }
        return course;
    }

    private Optional<Enrolment> find(long userId, Course course) {
        return em.createNamedQuery("Enrolment.byUserAndCourse", Enrolment.class)
                .setParameter("userId", userId).setParameter("courseId", course.getId())
                .getResultStream().findFirst();
    }

    private void fire(Enrolment enrolment, LearningVerb verb, LearningObject object, LearningObject parent,
                      LearningResult result, String language, OffsetDateTime when) {
        learningEvents.fire(new LearningEvent(enrolment.getUser().getId(), verb, object, parent,
                enrolment.getRegistration(), result, language, when));
    }

    static LearningObject courseObject(Course course) {
        return LearningObject.of(LearningObjectKind.COURSE, course.getCourseKey(), course.getTitle());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
