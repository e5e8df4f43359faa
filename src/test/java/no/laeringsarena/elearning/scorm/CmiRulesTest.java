package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CmiRulesTest {

    private static final CmiRules.Learner DINA = new CmiRules.Learner("id-1", "Dina Deltaker");
    private final ScoLaunch sco12 = new ScoLaunch("i", "I", 0, "a.html", true, 70.0, null, null);
    private final ScoLaunch sco2004 = new ScoLaunch("i", "I", 0, "a.html", true, null, null, 0.8);

    @Test
    void aSuspendedScorm12AttemptResumesWithItsLocationAndSuspendDataAndTheTotalTimeAddsUp() throws Exception {
        CmiValues v = CmiRules.startSession(ScormVersion.SCORM_12, sco12, DINA, new CmiValues(), CmiRules.Entry.AB_INITIO, Duration.ZERO);
        CmiDataModel model = Scorm12DataModel.INSTANCE;
        model.set(v, "cmi.core.lesson_location", "side-3");
        model.set(v, "cmi.suspend_data", "sider=1,2,3");
        model.set(v, "cmi.core.session_time", "0000:01:30.00");
        model.set(v, "cmi.core.exit", "suspend");
        Duration total = CmiRules.finishSession(ScormVersion.SCORM_12, sco12, v, Duration.ofMinutes(10));
        assertEquals(Duration.ofSeconds(690), total);
        assertTrue(CmiRules.suspended(ScormVersion.SCORM_12, v));
        assertEquals("completed", v.get("cmi.core.lesson_status"), "a SCO that said nothing counts as completed");

        CmiValues next = CmiRules.startSession(ScormVersion.SCORM_12, sco12, DINA, v, CmiRules.next(ScormVersion.SCORM_12, v), total);
        assertEquals("resume", model.get(next, "cmi.core.entry"));
        assertEquals("side-3", model.get(next, "cmi.core.lesson_location"));
        assertEquals("sider=1,2,3", model.get(next, "cmi.suspend_data"));
        assertEquals("0000:11:30.00", model.get(next, "cmi.core.total_time"));
        assertFalse(next.has("cmi.core.exit"), "exit and session time belong to one session");
    }

    @Test
    void theMasteryScoreDecidesPassedOrFailedInScorm12() throws Exception {
        CmiDataModel model = Scorm12DataModel.INSTANCE;
        CmiValues v = CmiRules.startSession(ScormVersion.SCORM_12, sco12, DINA, new CmiValues(), CmiRules.Entry.AB_INITIO, Duration.ZERO);
        model.set(v, "cmi.core.lesson_status", "completed");
        model.set(v, "cmi.core.score.raw", "85");
        CmiRules.finishSession(ScormVersion.SCORM_12, sco12, v, Duration.ZERO);
        assertEquals("passed", v.get("cmi.core.lesson_status"));
        ScoOutcome outcome = CmiRules.outcome(ScormVersion.SCORM_12, v);
        assertTrue(outcome.satisfied());
        assertEquals(0.85, outcome.scaled(), 1e-9);

        model.set(v, "cmi.core.score.raw", "60");
        CmiRules.finishSession(ScormVersion.SCORM_12, sco12, v, Duration.ZERO);
        assertEquals("failed", v.get("cmi.core.lesson_status"));
        assertFalse(CmiRules.outcome(ScormVersion.SCORM_12, v).satisfied(), "failed is not done");

        model.set(v, "cmi.core.lesson_status", "incomplete");
        model.set(v, "cmi.core.score.raw", "90");
        CmiRules.finishSession(ScormVersion.SCORM_12, sco12, v, Duration.ZERO);
        assertEquals("incomplete", v.get("cmi.core.lesson_status"), "a SCO that says incomplete stays incomplete");

        CmiValues silent = CmiRules.startSession(ScormVersion.SCORM_12, sco12, DINA, new CmiValues(), CmiRules.Entry.AB_INITIO, Duration.ZERO);
        model.set(silent, "cmi.core.score.raw", "50");
        CmiRules.finishSession(ScormVersion.SCORM_12, sco12, silent, Duration.ZERO);
        assertEquals("failed", silent.get("cmi.core.lesson_status"), "no status: completed, then the mastery score decides");
    }

    @Test
    void aScorm12AttemptLeftIncompleteWithoutSuspendContinuesAndACompletedOneStartsAgain() {
        CmiValues v = new CmiValues();
        v.put("cmi.core.lesson_status", "incomplete");
        assertEquals(CmiRules.Entry.CONTINUE, CmiRules.next(ScormVersion.SCORM_12, v));
        v.put("cmi.core.lesson_status", "passed");
        assertEquals(null, CmiRules.next(ScormVersion.SCORM_12, v));
        v.put("cmi.core.exit", "suspend");
        assertEquals(CmiRules.Entry.RESUME, CmiRules.next(ScormVersion.SCORM_12, v));
    }

    @Test
    void scorm12ScoresScaleByMinAndMax() throws Exception {
        CmiValues v = new CmiValues();
        v.put("cmi.core.lesson_status", "incomplete");
        v.put("cmi.core.score.raw", "15");
        v.put("cmi.core.score.min", "10");
        v.put("cmi.core.score.max", "20");
        ScoOutcome outcome = CmiRules.outcome(ScormVersion.SCORM_12, v);
        assertEquals(0.5, outcome.scaled(), 1e-9);
        assertFalse(outcome.completed());
        assertNull(outcome.success());
    }

    @Test
    void scorm2004CompletionFollowsTheThresholdAndANormalExitStartsANewAttempt() throws Exception {
        CmiDataModel model = Scorm2004DataModel.INSTANCE;
        CmiValues v = CmiRules.startSession(ScormVersion.SCORM_2004, sco2004, DINA, new CmiValues(), CmiRules.Entry.AB_INITIO, Duration.ZERO);
        model.set(v, "cmi.progress_measure", "0.5");
        model.set(v, "cmi.completion_status", "completed");
        model.set(v, "cmi.session_time", "PT2M");
        model.set(v, "cmi.exit", "normal");
        Duration total = CmiRules.finishSession(ScormVersion.SCORM_2004, sco2004, v, Duration.ofMinutes(1));
        assertEquals("incomplete", v.get("cmi.completion_status"), "below the threshold of 0.8");
        assertEquals("PT3M", v.get("cmi.total_time"));
        assertEquals(Duration.ofMinutes(3), total);
        assertFalse(CmiRules.suspended(ScormVersion.SCORM_2004, v));
        assertEquals(null, CmiRules.next(ScormVersion.SCORM_2004, v), "a 2004 attempt ends without suspend");

        model.set(v, "cmi.progress_measure", "0.8");
        ScoOutcome outcome = CmiRules.outcome(ScormVersion.SCORM_2004, v);
        assertTrue(outcome.completed() && outcome.satisfied());
    }

    @Test
    void scorm2004PassedCountsEvenWithoutCompletionAndFailedNeverDoes() {
        CmiValues v = new CmiValues();
        v.put("cmi.completion_status", "incomplete");
        v.put("cmi.success_status", "passed");
        v.put("cmi.score.scaled", "0.9");
        assertTrue(CmiRules.outcome(ScormVersion.SCORM_2004, v).satisfied());
        v.put("cmi.completion_status", "completed");
        v.put("cmi.success_status", "failed");
        assertFalse(CmiRules.outcome(ScormVersion.SCORM_2004, v).satisfied());
        assertEquals(0.9, CmiRules.outcome(ScormVersion.SCORM_2004, v).scaled());
    }

    @Test
    void theModelsDescribeThemselvesForTheBrowser() {
        var json = Scorm2004DataModel.INSTANCE.describe();
        assertEquals(407, json.getJsonObject("codes").getInt("range"));
        assertEquals("READ_ONLY", json.getJsonObject("elements").getJsonObject("cmi.entry").getString("access"));
        assertEquals("cmi.interactions.n.id", json.getJsonObject("elements")
                .getJsonObject("cmi.interactions.n.type").getString("requires"));
        assertEquals("Data Model Element Type Mismatch", json.getJsonObject("errors").getString("406"));
    }
}
