package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Scorm2004DataModelTest {

    private final CmiDataModel model = Scorm2004DataModel.INSTANCE;
    private CmiValues values;

    @BeforeEach
    void launch() {
        ScoLaunch sco = new ScoLaunch("i", "I", 0, "a.html", true, null, null, 0.75);
        values = CmiRules.startSession(ScormVersion.SCORM_2004, sco, new CmiRules.Learner("id-1", "Dina Deltaker"),
                new CmiValues(), CmiRules.Entry.AB_INITIO, Duration.ZERO);
    }

    private int setError(String element, String value) {
        return assertThrows(CmiException.class, () -> model.set(values, element, value)).code();
    }

    private int getError(String element) {
        return assertThrows(CmiException.class, () -> model.get(values, element)).code();
    }

    @Test
    void aNewAttemptStartsAbInitioWithThePlatformsValues() throws Exception {
        assertEquals("ab-initio", model.get(values, "cmi.entry"));
        assertEquals("unknown", model.get(values, "cmi.completion_status"));
        assertEquals("unknown", model.get(values, "cmi.success_status"));
        assertEquals("Dina Deltaker", model.get(values, "cmi.learner_name"));
        assertEquals("normal", model.get(values, "cmi.mode"));
        assertEquals("credit", model.get(values, "cmi.credit"));
        assertEquals("PT0S", model.get(values, "cmi.total_time"));
        assertEquals("0.75", model.get(values, "cmi.completion_threshold"));
        assertEquals("1.0", model.get(values, "cmi._version"));
        assertEquals("scaled,raw,min,max", model.get(values, "cmi.score._children"));
        assertEquals("0", model.get(values, "cmi.interactions._count"));
    }

    @Test
    void valuesOfTheRightTypeAreKept() throws Exception {
        model.set(values, "cmi.location", "side-3");
        model.set(values, "cmi.completion_status", "incomplete");
        model.set(values, "cmi.success_status", "passed");
        model.set(values, "cmi.score.scaled", "-1");
        model.set(values, "cmi.score.scaled", "0.875");
        model.set(values, "cmi.score.raw", "-12.5");
        model.set(values, "cmi.progress_measure", "1");
        model.set(values, "cmi.exit", "suspend");
        model.set(values, "cmi.exit", "normal");
        model.set(values, "cmi.session_time", "PT1H2M3.5S");
        model.set(values, "cmi.suspend_data", "x".repeat(64000));
        model.set(values, "cmi.learner_preference.language", "nb-NO");
        model.set(values, "adl.nav.request", "continue");
        model.set(values, "adl.nav.request", "{target=sco-2}choice");
        assertEquals("side-3", model.get(values, "cmi.location"));
        assertEquals("0.875", model.get(values, "cmi.score.scaled"));
    }

    @Test
    void errorCodesFollowTheScorm2004RunTimeEnvironment() {
        assertEquals(301, getError(""), "general get failure");
        assertEquals(351, setError("", "x"), "general set failure");
        assertEquals(401, getError("cmi.bogus"), "undefined element");
        assertEquals(401, setError("cmi.core.lesson_status", "passed"), "1.2 names are not 2004 elements");
        assertEquals(403, getError("cmi.location"), "not initialised");
        assertEquals(403, getError("cmi.score.raw"));
        assertEquals(403, getError("cmi.suspend_data"));
        assertEquals(404, setError("cmi.entry", "resume"), "read-only");
        assertEquals(404, setError("cmi.total_time", "PT1H"));
        assertEquals(404, setError("cmi.score._children", "x"), "keywords are read-only");
        assertEquals(404, setError("cmi.interactions._count", "1"));
        assertEquals(405, getError("cmi.exit"), "write-only");
        assertEquals(405, getError("cmi.session_time"));
        assertEquals(406, setError("cmi.completion_status", "passed"), "type mismatch");
        assertEquals(406, setError("cmi.success_status", "completed"));
        assertEquals(406, setError("cmi.exit", "finish"));
        assertEquals(406, setError("cmi.session_time", "00:01:00"), "a CMITimespan is 1.2");
        assertEquals(406, setError("cmi.session_time", "P"));
        assertEquals(406, setError("cmi.score.scaled", "mye"));
        assertEquals(406, setError("cmi.learner_preference.audio_captioning", "2"));
        assertEquals(406, setError("adl.nav.request", "jump somewhere"));
        assertEquals(407, setError("cmi.score.scaled", "1.5"), "out of range");
        assertEquals(407, setError("cmi.score.scaled", "-1.01"));
        assertEquals(407, setError("cmi.progress_measure", "1.1"));
        assertEquals(407, setError("cmi.learner_preference.audio_level", "-1"));
        assertEquals(301, getError("cmi.location._children"), "no children is a general get failure");
        assertEquals(301, getError("cmi.location._count"));
        assertEquals(351, setError("cmi.suspend_data", "x".repeat(64001)), "longer than the platform keeps");
        assertEquals(351, setError("cmi.location", "x".repeat(1001)));
    }

    @Test
    void interactionsAndObjectivesNeedTheirIdFirstAndComeInSequence() throws Exception {
        assertEquals(408, setError("cmi.interactions.0.type", "choice"), "id first");
        assertEquals(351, setError("cmi.interactions.1.id", "q2"), "out of sequence");
        model.set(values, "cmi.interactions.0.id", "urn:laeringsarena:q1");
        assertEquals(408, setError("cmi.interactions.0.learner_response", "a"), "type before the response");
        model.set(values, "cmi.interactions.0.type", "choice");
        model.set(values, "cmi.interactions.0.learner_response", "a[,]b");
        model.set(values, "cmi.interactions.0.result", "incorrect");
        model.set(values, "cmi.interactions.0.result", "0.25");
        model.set(values, "cmi.interactions.0.timestamp", "2026-11-23T16:05:30.5+01:00");
        model.set(values, "cmi.interactions.0.latency", "PT12S");
        model.set(values, "cmi.interactions.0.description", "{lang=nb}Hvilket passord er sterkest?");
        model.set(values, "cmi.interactions.0.objectives.0.id", "obj-1");
        assertEquals(406, setError("cmi.interactions.0.result", "wrong"), "wrong is 1.2");
        assertEquals(406, setError("cmi.interactions.0.timestamp", "2039-01-01"), "time stops in 2038");
        assertEquals(406, setError("cmi.interactions.0.timestamp", "2026-13-01"));
        assertEquals("1", model.get(values, "cmi.interactions._count"));
        assertEquals("choice", model.get(values, "cmi.interactions.0.type"));
        assertEquals("1", model.get(values, "cmi.interactions.0.objectives._count"));
        assertEquals(301, getError("cmi.interactions.1.id"), "no such interaction");
        assertEquals(408, setError("cmi.objectives.0.score.scaled", "0.5"));
        model.set(values, "cmi.objectives.0.id", "obj-1");
        model.set(values, "cmi.objectives.0.score.scaled", "0.5");
        model.set(values, "cmi.objectives.0.success_status", "passed");
        assertEquals("passed", model.get(values, "cmi.objectives.0.success_status"));
    }
}
