package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Scorm12DataModelTest {

    private final CmiDataModel model = Scorm12DataModel.INSTANCE;
    private CmiValues values;

    @BeforeEach
    void launch() {
        ScoLaunch sco = new ScoLaunch("i", "I", 0, "a.html", true, 80.0, "data", null);
        values = CmiRules.startSession(ScormVersion.SCORM_12, sco, new CmiRules.Learner("id-1", "Dina Deltaker"),
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
        assertEquals("ab-initio", model.get(values, "cmi.core.entry"));
        assertEquals("not attempted", model.get(values, "cmi.core.lesson_status"));
        assertEquals("Deltaker, Dina", model.get(values, "cmi.core.student_name"));
        assertEquals("id-1", model.get(values, "cmi.core.student_id"));
        assertEquals("credit", model.get(values, "cmi.core.credit"));
        assertEquals("normal", model.get(values, "cmi.core.lesson_mode"));
        assertEquals("0000:00:00.00", model.get(values, "cmi.core.total_time"));
        assertEquals("80", model.get(values, "cmi.student_data.mastery_score"));
        assertEquals("data", model.get(values, "cmi.launch_data"));
        assertEquals("", model.get(values, "cmi.core.lesson_location"), "unset values read as empty without error");
        assertEquals("3.4", model.get(values, "cmi._version"));
        assertEquals("raw,min,max", model.get(values, "cmi.core.score._children"));
        assertEquals("0", model.get(values, "cmi.interactions._count"));
    }

    @Test
    void valuesOfTheRightTypeAreKept() throws Exception {
        model.set(values, "cmi.core.lesson_location", "side-3");
        model.set(values, "cmi.core.lesson_status", "incomplete");
        model.set(values, "cmi.core.score.raw", "85.5");
        model.set(values, "cmi.core.score.raw", "");
        model.set(values, "cmi.core.exit", "suspend");
        model.set(values, "cmi.core.session_time", "0000:12:30.5");
        model.set(values, "cmi.suspend_data", "x".repeat(4096));
        assertEquals("side-3", model.get(values, "cmi.core.lesson_location"));
        assertEquals("incomplete", model.get(values, "cmi.core.lesson_status"));
        assertEquals("", model.get(values, "cmi.core.score.raw"));
    }

    @Test
    void errorCodesFollowTheScorm12RunTimeEnvironment() {
        assertEquals(201, getError(""), "no element");
        assertEquals(401, getError("cmi.core.bogus"), "not implemented");
        assertEquals(401, setError("cmi.core.bogus", "x"));
        assertEquals(202, getError("cmi.core.lesson_location._children"), "no children");
        assertEquals(203, getError("cmi.core._count"), "not an array");
        assertEquals(402, setError("cmi.core._children", "x"), "keyword");
        assertEquals(402, setError("cmi.interactions._count", "1"));
        assertEquals(402, setError("cmi._version", "9"));
        assertEquals(403, setError("cmi.core.entry", "resume"), "read-only");
        assertEquals(403, setError("cmi.core.total_time", "0001:00:00"));
        assertEquals(403, setError("cmi.launch_data", "x"));
        assertEquals(404, getError("cmi.core.exit"), "write-only");
        assertEquals(404, getError("cmi.core.session_time"));
        assertEquals(405, setError("cmi.core.lesson_status", "not attempted"), "the SCO cannot set not attempted");
        assertEquals(405, setError("cmi.core.lesson_status", "done"));
        assertEquals(405, setError("cmi.core.score.raw", "mye"));
        assertEquals(405, setError("cmi.core.score.raw", "101"), "0 to 100");
        assertEquals(405, setError("cmi.core.score.min", "-1"));
        assertEquals(405, setError("cmi.core.exit", "normal"), "normal is 2004");
        assertEquals(405, setError("cmi.core.session_time", "PT1M"), "an ISO duration is 2004");
        assertEquals(405, setError("cmi.core.session_time", "00:61:00"));
        assertEquals(405, setError("cmi.suspend_data", "x".repeat(4097)), "CMIString4096");
        assertEquals(405, setError("cmi.core.lesson_location", "x".repeat(256)), "CMIString255");
    }

    @Test
    void interactionsAreAddedInSequence() throws Exception {
        assertEquals(201, setError("cmi.interactions.1.id", "q2"), "index past the end");
        model.set(values, "cmi.interactions.0.id", "q1");
        model.set(values, "cmi.interactions.0.type", "choice");
        model.set(values, "cmi.interactions.0.result", "wrong");
        model.set(values, "cmi.interactions.0.time", "13:45:00");
        model.set(values, "cmi.interactions.0.latency", "00:00:12");
        model.set(values, "cmi.interactions.1.result", "0.5");
        assertEquals(405, setError("cmi.interactions.0.result", "incorrect"), "incorrect is 2004");
        assertEquals(405, setError("cmi.interactions.0.id", "med mellomrom"), "CMIIdentifier");
        assertEquals(405, setError("cmi.interactions.0.id", "q1\n"), "no trailing newline either");
        assertEquals(405, setError("cmi.interactions.0.time", "25:00:00"));
        assertEquals("2", model.get(values, "cmi.interactions._count"));
        assertEquals(404, getError("cmi.interactions.0.id"), "interactions are write-only in 1.2");
        model.set(values, "cmi.objectives.0.id", "obj-1");
        model.set(values, "cmi.objectives.0.status", "passed");
        assertEquals("obj-1", model.get(values, "cmi.objectives.0.id"));
        assertEquals(201, getError("cmi.objectives.1.id"), "no such objective");
    }
}
