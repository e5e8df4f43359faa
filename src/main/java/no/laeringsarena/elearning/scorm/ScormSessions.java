package no.laeringsarena.elearning.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseCatalog;
import no.laeringsarena.catalog.Enrolment;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * Playing SCOs: a launch starts a session on the learner's current attempt (resumed, continued or new, by
 * {@link CmiRules#next}) and hands the browser the values to start from; each commit sends the SetValue calls made
 * since the last one, which are checked again here, one by one, with the same data model as in the browser (never
 * trusting it), and stored all or nothing. What the SCO reports becomes learning events (completed, passed or
 * failed, with the score and time) and, once satisfied, completes the lesson
 * ({@link LearningService#completePackageLesson}). The caller passes the logged-in user's id from the session.
 */
@ApplicationScoped
@Transactional
public class ScormSessions {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    CourseCatalog catalog;

    @Inject
    no.laeringsarena.catalog.CourseAuthoring authoring;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    Event<LearningEvent> learningEvents;

    /**
     * What the browser needs to play a SCO.
     *
     * @param session   the session's id, to commit to
     * @param filePath  the SCO's launch file under the context root ({@code /scorm-pakke/<key>/<path>})
     * @param values    the data model's values to start from
     * @param attempt   the attempt's number
     */
    public record Launch(UUID session, ScormSco sco, String filePath, CmiValues values, int attempt) {
    }

    /** A SetValue call the SCO made, in the order it made them. */
    public record SetValue(String element, String value) {
    }

    /** What a commit led to: the SCO's outcome now, and whether the lesson is done. */
    public record Saved(ScoOutcome outcome, boolean lessonDone) {
    }

    /** A SetValue the server refuses: nothing of the commit is kept. */
    public static class RefusedValue extends Exception {
        private static final long serialVersionUID = 1L;
        private final String element;
        private final int code;

        RefusedValue(String element, CmiException cause) {
            super(cause.getMessage(), cause);
            this.element = element;
            this.code = cause.code();
        }

        public String element() {
            return element;
        }

        public int code() {
            return code;
        }
    }

    /** The SCO a published course's lesson plays, if it is a SCORM lesson. */
    public Optional<ScormSco> scoOf(String courseKey, String lessonKey) {
        Course course = catalog.visible(courseKey, false).orElse(null);
        if (course == null || lessonKey == null) {
            return Optional.empty();
        }
        return course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE)
                .map(Lesson::getMediaUrl).filter(ref -> ref != null && ref.matches("scorm:[1-9][0-9]{0,17}"))
                .map(ref -> em.find(ScormSco.class, Long.parseLong(ref.substring(ScormSco.REFERENCE_PREFIX.length()))))
                .filter(sco -> sco.getPackage().getCourse().getId().equals(course.root().getId()));
    }

    /**
     * The SCO of a lesson in the version of the course the caller edits (a draft too), for her preview.
     *
     * @throws no.laeringsarena.identity.AccessDeniedException when she may not edit the course
     * @throws no.laeringsarena.catalog.AuthoringException when there is no such course
     */
    public Optional<ScormSco> previewScoOf(long userId, String courseKey, String lessonKey) {
        if (courseKey == null || lessonKey == null) {
            return Optional.empty();
        }
        Course course = authoring.forEditing(userId, courseKey);
        return course.lesson(lessonKey).filter(l -> l.getKind() == LessonKind.PACKAGE)
                .map(Lesson::getMediaUrl).filter(ref -> ref != null && ref.matches("scorm:[1-9][0-9]{0,17}"))
                .map(ref -> em.find(ScormSco.class, Long.parseLong(ref.substring(ScormSco.REFERENCE_PREFIX.length()))))
                .filter(sco -> sco.getPackage().getCourse().getId().equals(course.root().getId()));
    }

    /**
     * A course holder's preview of the SCO: a fresh attempt's values, kept nowhere (the runtime is told it is a
     * preview and commits nothing), no enrolment, no progress.
     *
     * @throws IllegalArgumentException when the lesson is not a SCORM lesson of the course she edits
     */
    public Launch preview(long userId, String courseKey, String lessonKey) {
        ScormSco sco = previewScoOf(userId, courseKey, lessonKey)
                .orElseThrow(() -> new IllegalArgumentException("no SCORM lesson " + lessonKey + " in " + courseKey));
        UserAccount user = em.find(UserAccount.class, userId);
        CmiValues values = CmiRules.startSession(sco.getVersion(), sco.launch(),
                new CmiRules.Learner(pseudonyms.of(userId).toString(), user.getDisplayName()), new CmiValues(),
                CmiRules.Entry.AB_INITIO, Duration.ZERO);
        return new Launch(UUID.randomUUID(), sco, "/scorm-pakke/" + sco.getPackage().getPublicKey() + "/"
                + sco.getLaunchPath(), values, 1);
    }

    /**
     * Starts a session of the learner on the SCO of this lesson (starting the course if needed).
     *
     * @throws IllegalArgumentException when the lesson is not a SCORM lesson of a published course
     */
    public Launch launch(long userId, String courseKey, String lessonKey, String language) {
        ScormSco sco = scoOf(courseKey, lessonKey)
                .orElseThrow(() -> new IllegalArgumentException("no SCORM lesson " + lessonKey + " in " + courseKey));
        learning.start(userId, courseKey, language);
        learning.visit(userId, courseKey, lessonKey);
        OffsetDateTime now = now();
        UserAccount user = em.find(UserAccount.class, userId);
        ScormAttempt latest = em.createNamedQuery("ScormAttempt.latest", ScormAttempt.class).setParameter("sco", sco)
                .setParameter("userId", userId).setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (latest != null && latest.getSessionId() != null) {
            // the last session never finished (the browser went away without a word): end it as it stands
            CmiValues left = latest.values();
            Duration total = CmiRules.finishSession(sco.getVersion(), sco.launch(), left, latest.totalTime());
            latest.store(left, now);
            latest.endSession(total, now);
        }
        CmiRules.Entry entry = latest == null ? CmiRules.Entry.AB_INITIO : CmiRules.next(sco.getVersion(), latest.values());
        ScormAttempt attempt = latest;
        if (attempt == null || entry == null) {
            attempt = new ScormAttempt(sco, user, latest == null ? 1 : latest.getAttemptNumber() + 1, now);
            em.persist(attempt);
            entry = CmiRules.Entry.AB_INITIO;
        }
        CmiValues kept = entry == CmiRules.Entry.AB_INITIO ? new CmiValues() : attempt.values();
        CmiValues values = CmiRules.startSession(sco.getVersion(), sco.launch(),
                new CmiRules.Learner(pseudonyms.of(userId).toString(), user.getDisplayName()), kept, entry,
                attempt.totalTime());
        UUID session = UUID.randomUUID();
        attempt.startSession(session, values, now);
        em.flush();
        if (!sco.isSco()) {
            // an asset never talks to the API: opening it is doing it
            attempt.endSession(attempt.totalTime(), now);
            if (attempt.satisfy(now)) {
                completeLesson(sco, userId, language);
            }
        }
        return new Launch(session, sco, "/scorm-pakke/" + sco.getPackage().getPublicKey() + "/" + sco.getLaunchPath(),
                values, attempt.getAttemptNumber());
    }

    /**
     * Keeps what the SCO set since its last commit, checked again; with {@code finish} (LMSFinish, Terminate, or the
     * page going away) also ends the session: session time into total time, mastery score and completion threshold.
     *
     * @return empty when the session is not the caller's or is over
     */
    public Optional<Saved> commit(long userId, UUID session, List<SetValue> sets, boolean finish, String language)
            throws RefusedValue {
        ScormAttempt attempt = em.createNamedQuery("ScormAttempt.bySession", ScormAttempt.class)
                .setParameter("session", session.toString()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (attempt == null || attempt.getUser().getId() != userId) {
            return Optional.empty();
        }
        ScormSco sco = attempt.getSco();
        CmiDataModel model = sco.getVersion().dataModel();
        CmiValues values = attempt.values();
        for (SetValue set : sets) {
            try {
                model.set(values, set.element(), set.value());
            } catch (CmiException e) {
                throw new RefusedValue(set.element(), e);
            }
        }
        OffsetDateTime now = now();
        if (finish) {
            Duration total = CmiRules.finishSession(sco.getVersion(), sco.launch(), values, attempt.totalTime());
            attempt.store(values, now);
            attempt.endSession(total, now);
        } else {
            attempt.store(values, now);
        }
        ScoOutcome outcome = CmiRules.outcome(sco.getVersion(), values);
        report(attempt, outcome, language, now);
        boolean done = outcome.satisfied() && attempt.satisfy(now) ? completeLesson(sco, userId, language)
                : attempt.satisfiedAtSet();
        return Optional.of(new Saved(outcome, done));
    }

    private void report(ScormAttempt attempt, ScoOutcome outcome, String language, OffsetDateTime now) {
        String status = outcome.success() != null ? (outcome.success() ? "passed" : "failed")
                : outcome.completed() ? "completed" : null;
        if (status == null || !attempt.report(status)) {
            return;
        }
        Optional<Lesson> lesson = lessonOf(attempt.getSco());
        if (lesson.isEmpty()) {
            return;
        }
        Course course = lesson.get().getModule().getCourse();
        long userId = attempt.getUser().getId();
        UUID registration = learning.enrolment(userId, course.getCourseKey()).map(Enrolment::getRegistration).orElse(null);
        LearningVerb verb = switch (status) {
            case "passed" -> LearningVerb.PASSED;
            case "failed" -> LearningVerb.FAILED;
            default -> LearningVerb.COMPLETED;
        };
        learningEvents.fire(new LearningEvent(userId, verb,
                LearningObject.of(LearningObjectKind.LESSON, course.getCourseKey() + "/" + lesson.get().getLessonKey(),
                        lesson.get().getTitle()),
                LearningObject.of(LearningObjectKind.COURSE, course.getCourseKey(), course.getTitle()),
                registration, result(outcome, attempt.totalTime()), language, now));
    }

    /** The xAPI result: the score only where it is consistent (scaled in -1..1, raw between min and max). */
    static LearningResult result(ScoOutcome outcome, Duration total) {
        Double raw = outcome.raw();
        Double min = outcome.min();
        Double max = outcome.max();
        boolean rawFits = raw != null && (min == null || raw >= min) && (max == null || raw <= max)
                && (min == null || max == null || min <= max);
        Double scaled = outcome.scaled() != null && outcome.scaled() >= -1 && outcome.scaled() <= 1 ? outcome.scaled() : null;
        return new LearningResult(scaled, rawFits ? raw : null, rawFits ? min : null, rawFits ? max : null,
                outcome.success(), outcome.completed() ? Boolean.TRUE : null, total, null);
    }

    private boolean completeLesson(ScormSco sco, long userId, String language) {
        Optional<Lesson> lesson = lessonOf(sco);
        if (lesson.isEmpty()) {
            return false;
        }
        learning.completePackageLesson(userId, lesson.get().getModule().getCourse().getCourseKey(),
                lesson.get().getLessonKey(), language);
        return true;
    }

    /** The published lesson that plays this SCO (none when the course holder has removed it). */
    private Optional<Lesson> lessonOf(ScormSco sco) {
        Course course = sco.getPackage().getCourse();
        return course.lessons().stream().filter(l -> sco.reference().equals(l.getMediaUrl())).findFirst();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
