package no.laeringsarena.elearning.scorm;

import static no.laeringsarena.elearning.scorm.CmiElement.readOnly;
import static no.laeringsarena.elearning.scorm.CmiElement.readWrite;
import static no.laeringsarena.elearning.scorm.CmiElement.writeOnly;

import java.util.Map;
import java.util.TreeMap;

/**
 * The SCORM 1.2 run-time data model (cmi.core, suspend and launch data, student data, objectives, interactions),
 * with its error codes: 201 invalid argument, 202 no children, 203 not a collection, 401 not implemented, 402 keyword,
 * 403 read-only, 404 write-only, 405 incorrect data type (also for values too long or out of range).
 */
public final class Scorm12DataModel extends CmiDataModel {

    static final CmiType STRING_255 = CmiType.text("CMIString255", 255);
    static final CmiType STRING_4096 = CmiType.text("CMIString4096", 4096);
    static final CmiType SCORE = CmiType.number("CMIDecimal (0-100)", CmiType.DECIMAL, 0.0, 100.0).orBlank();
    static final CmiType IDENTIFIER = CmiType.pattern("CMIIdentifier", "^[^\\s]{1,255}$", 255);
    static final CmiType TIMESPAN = CmiType.pattern("CMITimespan", ScormTime.TIMESPAN_12, 0);
    static final CmiType TIME = CmiType.pattern("CMITime", "^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?$", 0);
    static final CmiType STATUS = CmiType.vocabulary("CMIVocabulary (Status)",
            "passed", "completed", "failed", "incomplete", "browsed");
    static final CmiType OBJECTIVE_STATUS = CmiType.vocabulary("CMIVocabulary (Status)",
            "passed", "completed", "failed", "incomplete", "browsed", "not attempted");
    static final CmiType EXIT = CmiType.vocabulary("CMIVocabulary (Exit)", "time-out", "suspend", "logout", "");
    static final CmiType INTERACTION_TYPE = CmiType.vocabulary("CMIVocabulary (Interaction)", "true-false", "choice",
            "fill-in", "matching", "performance", "sequencing", "likert", "numeric");
    static final CmiType RESULT = CmiType.number("CMIVocabulary (Result) or CMIDecimal", CmiType.DECIMAL, null, null)
            .orWords("correct", "wrong", "unanticipated", "neutral");
    static final CmiType DECIMAL = CmiType.number("CMIDecimal", CmiType.DECIMAL, null, null);
    static final CmiType FEEDBACK = CmiType.text("CMIFeedback", 255);

    /** The one instance (declared after the types its constructor uses). */
    public static final Scorm12DataModel INSTANCE = new Scorm12DataModel();

    private Scorm12DataModel() {
        element(readOnly("cmi._version"));
        children("cmi.core", "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,"
                + "lesson_mode,exit,session_time");
        element(readOnly("cmi.core.student_id"));
        element(readOnly("cmi.core.student_name"));
        element(readWrite("cmi.core.lesson_location", STRING_255));
        element(readOnly("cmi.core.credit"));
        element(readWrite("cmi.core.lesson_status", STATUS));
        element(readOnly("cmi.core.entry"));
        children("cmi.core.score", "raw,min,max");
        element(readWrite("cmi.core.score.raw", SCORE));
        element(readWrite("cmi.core.score.min", SCORE));
        element(readWrite("cmi.core.score.max", SCORE));
        element(readOnly("cmi.core.total_time"));
        element(readOnly("cmi.core.lesson_mode"));
        element(writeOnly("cmi.core.exit", EXIT));
        element(writeOnly("cmi.core.session_time", TIMESPAN));
        element(readWrite("cmi.suspend_data", STRING_4096));
        element(readOnly("cmi.launch_data"));
        element(readWrite("cmi.comments", STRING_4096));
        element(readOnly("cmi.comments_from_lms"));
        children("cmi.student_data", "mastery_score,max_time_allowed,time_limit_action");
        element(readOnly("cmi.student_data.mastery_score"));
        element(readOnly("cmi.student_data.max_time_allowed"));
        element(readOnly("cmi.student_data.time_limit_action"));

        collection("cmi.objectives");
        children("cmi.objectives", "id,score,status");
        element(readWrite("cmi.objectives.n.id", IDENTIFIER));
        children("cmi.objectives.n.score", "raw,min,max");
        element(readWrite("cmi.objectives.n.score.raw", SCORE));
        element(readWrite("cmi.objectives.n.score.min", SCORE));
        element(readWrite("cmi.objectives.n.score.max", SCORE));
        element(readWrite("cmi.objectives.n.status", OBJECTIVE_STATUS));

        collection("cmi.interactions");
        children("cmi.interactions", "id,objectives,time,type,correct_responses,weighting,student_response,result,latency");
        element(writeOnly("cmi.interactions.n.id", IDENTIFIER));
        collection("cmi.interactions.n.objectives");
        element(writeOnly("cmi.interactions.n.objectives.n.id", IDENTIFIER));
        element(writeOnly("cmi.interactions.n.time", TIME));
        element(writeOnly("cmi.interactions.n.type", INTERACTION_TYPE));
        collection("cmi.interactions.n.correct_responses");
        element(writeOnly("cmi.interactions.n.correct_responses.n.pattern", FEEDBACK));
        element(writeOnly("cmi.interactions.n.weighting", DECIMAL));
        element(writeOnly("cmi.interactions.n.student_response", FEEDBACK));
        element(writeOnly("cmi.interactions.n.result", RESULT));
        element(writeOnly("cmi.interactions.n.latency", TIMESPAN));
    }

    @Override
    public ScormVersion version() {
        return ScormVersion.SCORM_12;
    }

    @Override
    public Codes codes() {
        return new Codes(201, 401, 202, 203, 402, 403, 404, 201, 201, 405, 405, 405, 0, 0);
    }

    @Override
    public Map<Integer, String> errorTexts() {
        Map<Integer, String> texts = new TreeMap<>();
        texts.put(0, "No error");
        texts.put(101, "General exception");
        texts.put(201, "Invalid argument error");
        texts.put(202, "Element cannot have children");
        texts.put(203, "Element not an array - cannot have count");
        texts.put(301, "Not initialized");
        texts.put(401, "Not implemented error");
        texts.put(402, "Invalid set value, element is a keyword");
        texts.put(403, "Element is read only");
        texts.put(404, "Element is write only");
        texts.put(405, "Incorrect data type");
        return texts;
    }
}
