package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import no.laeringsarena.learningrecord.LearningResult;
import org.junit.jupiter.api.Test;

class ScormResultTest {

    @Test
    void theLearningRecordGetsTheScoreAndTime() {
        LearningResult result = ScormSessions.result(new ScoOutcome(true, true, 0.85, 85.0, 0.0, 100.0), Duration.ofSeconds(90));
        assertEquals(0.85, result.scaled());
        assertEquals(85.0, result.raw());
        assertEquals(Boolean.TRUE, result.success());
        assertEquals(Boolean.TRUE, result.completion());
        assertEquals(Duration.ofSeconds(90), result.duration());
    }

    @Test
    void anInconsistentScoreFromA2004ScoIsLeftOutRatherThanMakingAnInvalidStatement() {
        // SCORM 2004 does not tie raw to min and max; xAPI does, and would refuse the statement
        LearningResult result = ScormSessions.result(new ScoOutcome(true, null, 0.5, 120.0, 0.0, 100.0), Duration.ZERO);
        assertNull(result.raw());
        assertNull(result.min());
        assertNull(result.max());
        assertEquals(0.5, result.scaled());
        assertNull(result.success());
        LearningResult incomplete = ScormSessions.result(new ScoOutcome(false, false, null, null, null, null), Duration.ZERO);
        assertNull(incomplete.completion());
        assertTrue(Boolean.FALSE.equals(incomplete.success()));
    }
}
