package no.laeringsarena.assessment;

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
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseStatus;
import no.laeringsarena.catalog.LearningService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * Taking tests: starting or resuming an attempt, saving each answer, submitting exactly once, and grading, all on
 * the server. The time limit is enforced here: an answer or submission after the deadline is refused and the
 * attempt is submitted with what was saved. The caller passes the logged-in user's id from the session; an attempt
 * of another user is treated as unknown (no IDOR).
 */
@ApplicationScoped
@Transactional
public class AttemptService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    Event<LearningEvent> learningEvents;

    @Inject
    LearningService learning;

    /** A test whose course is published, or empty. */
    public Optional<CourseTest> test(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Tests.find(em, key).filter(t -> t.getCourse().getStatus() == CourseStatus.PUBLISHED);
    }

    public List<CourseTest> testsOfCourse(String courseKey) {
        return em.createNamedQuery("CourseTest.byCourse", CourseTest.class).setParameter("courseKey", courseKey)
                .getResultList();
    }

    /** The learner's attempts at the test, oldest first; an open attempt past its deadline is submitted first. */
    public List<Attempt> attempts(long userId, CourseTest test, String language) {
        List<Attempt> attempts = em.createNamedQuery("Attempt.byUserAndTest", Attempt.class)
                .setParameter("userId", userId).setParameter("testId", test.getId()).getResultList();
        OffsetDateTime now = now();
        for (Attempt attempt : attempts) {
            if (attempt.isOpen() && attempt.isPastDeadline(now)) {
                close(attempt, now, true, language);
            }
        }
        return attempts;
    }

    public Optional<Attempt> openAttempt(long userId, CourseTest test, String language) {
        return attempts(userId, test, language).stream().filter(Attempt::isOpen).findFirst();
    }

    /** Resumes the open attempt, or starts a new one when attempts are left (launched event). */
    public Attempt start(long userId, String testKey, String language) {
        CourseTest test = test(testKey).orElseThrow(() -> new AssessmentException("assessment.error.unknownTest"));
        List<Attempt> attempts = attempts(userId, test, language);
        Optional<Attempt> open = attempts.stream().filter(Attempt::isOpen).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        if (attempts.size() >= test.getAttemptsAllowed()) {
            throw new AssessmentException("assessment.error.noAttemptsLeft");
        }
        OffsetDateTime now = now();
        Attempt attempt = new Attempt(test, em.find(UserAccount.class, userId), attempts.size() + 1, now);
        em.persist(attempt);
        em.flush();
        fire(attempt, LearningVerb.LAUNCHED, testObject(test), null, null, language, now);
        return attempt;
    }

    /** The learner's own attempt, or an exception as if it did not exist. */
    public Attempt attempt(long userId, long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || !attempt.getUser().getId().equals(userId)) {
            throw new AssessmentException("assessment.error.unknownAttempt");
        }
        return attempt;
    }

    /** Saves the answer to one question of an open attempt within its time. */
    public AttemptOutcome save(long userId, long attemptId, String questionKey, List<String> values, String language) {
        Attempt attempt = locked(userId, attemptId);
        OffsetDateTime now = now();
        if (!attempt.isOpen()) {
            return attempt.isAutoSubmitted() ? AttemptOutcome.TOO_LATE : AttemptOutcome.ALREADY_SUBMITTED;
        }
        if (attempt.isPastDeadline(now)) {
            close(attempt, now, true, language);
            return AttemptOutcome.TOO_LATE;
        }
        Question question = attempt.includes(questionKey)
                ? attempt.getTest().question(questionKey).orElse(null) : null;
        List<String> clean = values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (question == null || !AnswerValidator.valid(question, clean)) {
            return AttemptOutcome.INVALID;
        }
        if (attempt.getTest().getFeedbackMode() == FeedbackMode.IMMEDIATE
                && attempt.answer(questionKey).map(AttemptAnswer::isAnswered).orElse(false)) {
            return AttemptOutcome.LOCKED;
        }
        attempt.saveAnswer(question, clean, now);
        em.flush();
        return AttemptOutcome.SAVED;
    }

    /** Submits an open attempt exactly once and grades it; after the deadline it is submitted but refused. */
    public AttemptOutcome submit(long userId, long attemptId, String language) {
        Attempt attempt = locked(userId, attemptId);
        OffsetDateTime now = now();
        if (!attempt.isOpen()) {
            return attempt.isAutoSubmitted() ? AttemptOutcome.TOO_LATE : AttemptOutcome.ALREADY_SUBMITTED;
        }
        if (attempt.isPastDeadline(now)) {
            close(attempt, now, true, language);
            return AttemptOutcome.TOO_LATE;
        }
        close(attempt, now, false, language);
        return AttemptOutcome.SUBMITTED;
    }

    /** Whether the review may show what was right: the feedback mode, and for the last attempt rule, none left. */
    public boolean solutionVisible(Attempt attempt, int attemptsUsed) {
        if (attempt.isOpen()) {
            return false;
        }
        return switch (attempt.getTest().getFeedbackMode()) {
            case IMMEDIATE, AFTER_SUBMIT -> true;
            case AFTER_LAST_ATTEMPT -> attemptsUsed >= attempt.getTest().getAttemptsAllowed();
            case NEVER -> false;
        };
    }

    /** The published courses among these keys, in the order given (a self-assessment's suggestions). */
    public List<Course> publishedCourses(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Course> found = em.createQuery("SELECT c FROM Course c WHERE c.courseKey IN :keys AND c.status = :status",
                Course.class).setParameter("keys", keys).setParameter("status", CourseStatus.PUBLISHED).getResultList();
        return keys.stream().flatMap(k -> found.stream().filter(c -> c.getCourseKey().equals(k))).toList();
    }

    /** Ids of open attempts whose deadline has passed, for {@link ExpiredAttemptCloser}. */
    public List<Long> expiredAttempts() {
        return em.createNamedQuery("Attempt.expired", Long.class).setParameter("now", now()).setMaxResults(100)
                .getResultList();
    }

    /** Submits an open attempt whose time ran out on the server, with what was saved; false when nothing to do. */
    public boolean closeExpired(long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null) {
            return false;
        }
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        OffsetDateTime now = now();
        if (!attempt.isOpen() || !attempt.isPastDeadline(now)) {
            return false;
        }
        close(attempt, now, true, "nb");
        return true;
    }

    private Attempt locked(long userId, long attemptId) {
        Attempt attempt = attempt(userId, attemptId);
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        return attempt;
    }

    private void close(Attempt attempt, OffsetDateTime now, boolean auto, String language) {
        attempt.submit(now, auto);
        em.flush();
        CourseTest test = attempt.getTest();
        LearningObject testObject = testObject(test);
        for (Question question : attempt.questions()) {
            Optional<AttemptAnswer> answer = attempt.answer(question.getQuestionKey());
            if (answer.isEmpty() || !answer.get().isAnswered()) {
                continue;
            }
            AttemptAnswer a = answer.get();
            Boolean success = a.getStatus() == GradeStatus.PENDING ? null : a.getStatus() == GradeStatus.CORRECT;
            LearningResult result = new LearningResult(a.getFraction(), a.getFraction() * question.getPoints(), 0.0,
                    question.getPoints(), success, true, null, a.getResponse().replace('\n', ','));
            fire(attempt, LearningVerb.ANSWERED, LearningObject.of(LearningObjectKind.QUESTION,
                    test.getTestKey() + "/" + question.getQuestionKey(), abbreviate(question.getText())),
                    testObject, result, language, now);
        }
        fireScore(attempt, language, now, Duration.between(attempt.getStartedAt(), now));
        completeLessons(attempt, language);
    }

    /** A passed test (or a submitted self-assessment) completes the course's lessons that are this test. */
    public void completeLessons(Attempt attempt, String language) {
        if (Boolean.TRUE.equals(attempt.getPassed()) || attempt.getTest().isSelfAssessment()) {
            learning.completeTestLessons(attempt.getUser().getId(), attempt.getTest().getCourse().getCourseKey(),
                    attempt.getTest().getTestKey(), language);
        }
    }

    private void fireScore(Attempt attempt, String language, OffsetDateTime now, Duration duration) {
        ScoreEvents.of(attempt, language, now, duration).forEach(learningEvents::fire);
    }

    private static String abbreviate(String text) {
        String firstLine = text.lines().findFirst().orElse(text);
        return firstLine.length() <= 200 ? firstLine : firstLine.substring(0, 199) + "…";
    }

    static LearningObject testObject(CourseTest test) {
        return LearningObject.of(LearningObjectKind.TEST, test.getTestKey(), test.getTitle());
    }

    private void fire(Attempt attempt, LearningVerb verb, LearningObject object, LearningObject parent,
                      LearningResult result, String language, OffsetDateTime when) {
        learningEvents.fire(new LearningEvent(attempt.getUser().getId(), verb, object, parent,
                attempt.getRegistration(), result, language, when));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
