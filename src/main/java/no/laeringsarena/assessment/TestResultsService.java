package no.laeringsarena.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;

/**
 * The trainer's (kursholder's) side of tests: every learner's attempts, grading essay answers (the attempt's score
 * and pass then update, and the learner sees the points and the comment), item analysis per question, regrading all
 * attempts after a question was fixed, and importing/exporting questions as Moodle GIFT, to the test or to the
 * course's question bank it draws from. Trainers and system
 * administrators only, checked here on every call.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.SYSTEMADMINISTRATOR})
public class TestResultsService {

    static final int MAX_FEEDBACK = 5_000;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    AttemptService attempts;

    @Inject
    Event<LearningEvent> learningEvents;

    /** A test by key, published or not. */
    public Optional<CourseTest> test(String key) {
        return key == null ? Optional.empty() : Tests.find(em, key);
    }

    /** Every attempt at the test, by learner; attempts whose time ran out are submitted first. */
    public List<Attempt> attemptsOf(CourseTest test) {
        List<Attempt> all = em.createNamedQuery("Attempt.ofTest", Attempt.class).setParameter("testId", test.getId())
                .getResultList();
        OffsetDateTime now = AttemptService.now();
        boolean closed = false;
        for (Attempt attempt : all) {
            if (attempt.isOpen() && attempt.isPastDeadline(now)) {
                closed |= attempts.closeExpired(attempt.getId());
            }
        }
        if (closed) {
            all = em.createNamedQuery("Attempt.ofTest", Attempt.class).setParameter("testId", test.getId())
                    .getResultList();
        }
        return all;
    }

    public Optional<Attempt> attempt(long attemptId) {
        return Optional.ofNullable(em.find(Attempt.class, attemptId));
    }

    /**
     * Grades one essay answer of a submitted attempt: points from 0 to the question's, and a comment for the learner.
     * The attempt is graded again, and its score recorded again as learning events.
     */
    public Attempt gradeEssay(long attemptId, String questionKey, double points, String feedback, long graderId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null) {
            throw new AssessmentException("assessment.error.unknownAttempt");
        }
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        if (attempt.isOpen()) {
            throw new AssessmentException("assessment.grading.error.open");
        }
        Question question = attempt.includes(questionKey)
                ? attempt.getTest().question(questionKey).orElse(null) : null;
        AttemptAnswer answer = attempt.answer(questionKey).orElse(null);
        if (question == null || question.getType() != QuestionType.ESSAY || answer == null || !answer.isAnswered()) {
            throw new AssessmentException("assessment.grading.error.notAnEssay");
        }
        if (Double.isNaN(points) || points < 0 || points > question.getPoints()) {
            throw new AssessmentException("assessment.grading.error.points");
        }
        if (feedback != null && feedback.length() > MAX_FEEDBACK) {
            throw new AssessmentException("assessment.grading.error.feedbackTooLong");
        }
        OffsetDateTime now = AttemptService.now();
        answer.gradeManually(points, question.getPoints(), feedback, em.find(UserAccount.class, graderId), now);
        attempt.grade();
        em.flush();
        ScoreEvents.of(attempt, attempt.getUser().getPreferredLocale(), now, null).forEach(learningEvents::fire);
        attempts.completeLessons(attempt, attempt.getUser().getPreferredLocale());
        return attempt;
    }

    /**
     * Grades every submitted attempt at the test again with the questions' current answer keys (after a question was
     * fixed); trainers' essay grades are kept. Returns how many attempts changed score or verdict; those are recorded
     * again as learning events.
     */
    public int regrade(String testKey) {
        CourseTest test = test(testKey).orElseThrow(() -> new AssessmentException("assessment.error.unknownTest"));
        List<Attempt> submitted = em.createNamedQuery("Attempt.submittedOfTest", Attempt.class)
                .setParameter("testId", test.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        OffsetDateTime now = AttemptService.now();
        int changed = 0;
        for (Attempt attempt : submitted) {
            double score = attempt.getScore();
            double max = attempt.getMaxScore();
            Boolean passed = attempt.getPassed();
            attempt.grade();
            if (Math.abs(score - attempt.getScore()) > 1e-9 || Math.abs(max - attempt.getMaxScore()) > 1e-9
                    || !java.util.Objects.equals(passed, attempt.getPassed())) {
                changed++;
                em.flush();
                ScoreEvents.of(attempt, attempt.getUser().getPreferredLocale(), now, null).forEach(learningEvents::fire);
                attempts.completeLessons(attempt, attempt.getUser().getPreferredLocale());
            }
        }
        return changed;
    }

    /** Item analysis of the test's questions over its submitted attempts. */
    public List<ItemAnalysis.Item> itemAnalysis(CourseTest test) {
        List<Attempt> submitted = em.createNamedQuery("Attempt.submittedOfTest", Attempt.class)
                .setParameter("testId", test.getId()).getResultList();
        List<List<ItemAnalysis.Score>> scores = new ArrayList<>();
        for (Attempt attempt : submitted) {
            List<ItemAnalysis.Score> list = new ArrayList<>();
            for (Question question : attempt.questions()) {
                Optional<AttemptAnswer> answer = attempt.answer(question.getQuestionKey());
                if (question.getType().autoGraded() || answer.map(AttemptAnswer::isManuallyGraded).orElse(false)) {
                    list.add(new ItemAnalysis.Score(question.getQuestionKey(),
                            answer.map(AttemptAnswer::getFraction).orElse(0.0), question.getPoints()));
                }
            }
            scores.add(list);
        }
        return ItemAnalysis.analyse(test.pool().stream().map(Question::getQuestionKey).toList(), scores);
    }

    /**
     * Adds the questions of a GIFT file to the test's pool (a question whose key, from its title, is already there is
     * replaced); all or nothing. Returns how many were read.
     */
    public int importGift(String testKey, String gift) {
        return importGift(testKey, gift, false);
    }

    /**
     * Adds the questions of a GIFT file to the test's own questions, or ({@code toBank}) to the question bank of its
     * course that the test draws from, where every test naming the bank finds them; all or nothing.
     */
    public int importGift(String testKey, String gift, boolean toBank) {
        CourseTest test = test(testKey).orElseThrow(() -> new AssessmentException("assessment.error.unknownTest"));
        if (toBank && test.getBank() == null) {
            throw new AssessmentException("assessment.bank.error.none");
        }
        GiftFormat.Result result = GiftFormat.parse(gift);
        if (!result.problems().isEmpty()) {
            throw new GiftImportException(result.problems());
        }
        if (toBank) {
            QuestionBank bank = em.find(QuestionBank.class, test.getBank().getId(), LockModeType.PESSIMISTIC_WRITE);
            bank.importQuestions(result.questions(), AttemptService.now());
        } else {
            test.importQuestions(result.questions(), AttemptService.now());
        }
        em.flush();
        return result.questions().size();
    }

    /** The question bank the test draws from, as GIFT. */
    public String exportBankGift(String testKey) {
        CourseTest test = test(testKey).orElseThrow(() -> new AssessmentException("assessment.error.unknownTest"));
        if (test.getBank() == null) {
            throw new AssessmentException("assessment.bank.error.none");
        }
        return GiftFormat.write(test.getBank().getTitle(),
                test.getBank().getQuestions().stream().map(Question::content).toList());
    }

    /** The tests that draw from a question bank, by title. */
    public List<CourseTest> testsUsing(QuestionBank bank) {
        return em.createNamedQuery("CourseTest.byBank", CourseTest.class).setParameter("bank", bank).getResultList();
    }

    /** The test's questions as GIFT. */
    public String exportGift(String testKey) {
        CourseTest test = test(testKey).orElseThrow(() -> new AssessmentException("assessment.error.unknownTest"));
        return GiftFormat.write(test.getTitle(), test.getQuestions().stream().map(Question::content).toList());
    }
}
