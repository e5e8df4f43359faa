package no.laeringsarena.assessment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * The learning events of a graded attempt: passed or failed (not for a self-assessment, which has neither) and
 * completed, both with the scaled score. Fired when an attempt is submitted, and again when a trainer's grading or a
 * regrade changes its score.
 */
final class ScoreEvents {

    private ScoreEvents() {
    }

    static List<LearningEvent> of(Attempt attempt, String language, OffsetDateTime now, Duration duration) {
        LearningObject test = AttemptService.testObject(attempt.getTest());
        double max = attempt.getMaxScore();
        LearningResult score = new LearningResult(max == 0 ? 0 : attempt.getScore() / max, attempt.getScore(), 0.0,
                max, attempt.getPassed(), true, duration, null);
        long user = attempt.getUser().getId();
        List<LearningEvent> events = new ArrayList<>();
        if (attempt.getPassed() != null) {
            events.add(new LearningEvent(user, attempt.isPassed() ? LearningVerb.PASSED : LearningVerb.FAILED, test,
                    null, attempt.getRegistration(), score, language, now));
        }
        events.add(new LearningEvent(user, LearningVerb.COMPLETED, test, null, attempt.getRegistration(), score,
                language, now));
        return events;
    }
}
