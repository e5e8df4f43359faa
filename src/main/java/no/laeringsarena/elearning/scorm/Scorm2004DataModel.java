package no.laeringsarena.elearning.scorm;

import static no.laeringsarena.elearning.scorm.CmiElement.readOnly;
import static no.laeringsarena.elearning.scorm.CmiElement.readWrite;
import static no.laeringsarena.elearning.scorm.CmiElement.writeOnly;

import java.util.Map;
import java.util.TreeMap;

/**
 * The SCORM 2004 4th edition run-time data model, with its error codes: 301 general get failure, 351 general set
 * failure (also for a value longer than the element's smallest permitted maximum, which the platform does not keep),
 * 401 undefined element, 403 value not initialised, 404 read-only, 405 write-only, 406 type mismatch, 407 out of
 * range, 408 dependency not established. Interaction responses are kept as text up to their SPM without checking
 * them against the interaction type. {@code adl.nav.request} is accepted and ignored (no sequencing engine).
 */
public final class Scorm2004DataModel extends CmiDataModel {

    static final String LANGUAGE = "([A-Za-z]{1,8}|i|x)(-[A-Za-z0-9]{1,8})*";
    static final CmiType STRING_1000 = CmiType.text("characterstring (SPM 1000)", 1000);
    static final CmiType SUSPEND_DATA = CmiType.text("characterstring (SPM 64000)", 64000);
    static final CmiType REAL = CmiType.number("real (10,7)", CmiType.REAL, null, null);
    static final CmiType SCALED = CmiType.number("real (10,7) range (-1..1)", CmiType.REAL, -1.0, 1.0);
    static final CmiType UNIT = CmiType.number("real (10,7) range (0..1)", CmiType.REAL, 0.0, 1.0);
    static final CmiType NON_NEGATIVE = CmiType.number("real (10,7) range (0..*)", CmiType.REAL, 0.0, null);
    static final CmiType TIME_INTERVAL = CmiType.pattern("timeinterval (second,10,2)", ScormTime.DURATION_2004, 0);
    static final CmiType TIME = CmiType.pattern("time (second,10,0)", "^(19[7-9]\\d|20[0-2]\\d|203[0-8])"
            + "(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d{1,2})?"
            + "(Z|[+-]([01]\\d|2[0-3])(:[0-5]\\d)?)?)?)?)?)?)?$", 0);
    static final CmiType IDENTIFIER = CmiType.pattern("long_identifier_type (SPM 4000)", "^\\S+$", 4000);
    static final CmiType LOCALIZED = CmiType.pattern("localized_string_type (SPM 250)",
            "^(\\{lang=" + LANGUAGE + "\\})?(?!\\{lang=)", 250 + 20);
    static final CmiType LANGUAGE_TYPE = CmiType.pattern("language_type", "^(" + LANGUAGE + ")?$", 250);
    static final CmiType COMPLETION = CmiType.vocabulary("state (completed, incomplete, not attempted, unknown)",
            "completed", "incomplete", "not attempted", "unknown");
    static final CmiType SUCCESS = CmiType.vocabulary("state (passed, failed, unknown)", "passed", "failed", "unknown");
    static final CmiType EXIT = CmiType.vocabulary("state (time-out, suspend, logout, normal, \"\")",
            "time-out", "suspend", "logout", "normal", "");
    static final CmiType INTERACTION_TYPE = CmiType.vocabulary("state (interaction type)", "true-false", "choice",
            "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other");
    static final CmiType RESULT = CmiType.number("state (correct, incorrect, unanticipated, neutral) or real (10,7)",
            CmiType.REAL, null, null).orWords("correct", "incorrect", "unanticipated", "neutral");
    static final CmiType RESPONSE = CmiType.text("characterstring (SPM 4000)", 4000);
    static final CmiType CAPTIONING = CmiType.vocabulary("state (-1, 0, 1)", "-1", "0", "1");
    static final CmiType NAV_REQUEST = CmiType.pattern("adl.nav.request",
            "^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\\{target=[^}]+\\}(choice|jump))$", 4000);

    /** The one instance (declared after the types its constructor uses). */
    public static final Scorm2004DataModel INSTANCE = new Scorm2004DataModel();

    private Scorm2004DataModel() {
        element(readOnly("cmi._version"));
        collection("cmi.comments_from_learner");
        children("cmi.comments_from_learner", "comment,location,timestamp");
        element(readWrite("cmi.comments_from_learner.n.comment", CmiType.text("localized_string_type (SPM 4000)", 4000)));
        element(readWrite("cmi.comments_from_learner.n.location", CmiType.text("characterstring (SPM 250)", 250)));
        element(readWrite("cmi.comments_from_learner.n.timestamp", TIME));
        collection("cmi.comments_from_lms");
        children("cmi.comments_from_lms", "comment,location,timestamp");
        element(readOnly("cmi.comments_from_lms.n.comment"));
        element(readOnly("cmi.comments_from_lms.n.location"));
        element(readOnly("cmi.comments_from_lms.n.timestamp"));
        element(readWrite("cmi.completion_status", COMPLETION));
        element(readOnly("cmi.completion_threshold"));
        element(readOnly("cmi.credit"));
        element(readOnly("cmi.entry"));
        element(writeOnly("cmi.exit", EXIT));

        collection("cmi.interactions");
        children("cmi.interactions", "id,type,objectives,timestamp,correct_responses,weighting,learner_response,"
                + "result,latency,description");
        element(readWrite("cmi.interactions.n.id", IDENTIFIER));
        element(readWrite("cmi.interactions.n.type", INTERACTION_TYPE).requiring("cmi.interactions.n.id"));
        collection("cmi.interactions.n.objectives");
        children("cmi.interactions.n.objectives", "id");
        element(readWrite("cmi.interactions.n.objectives.n.id", IDENTIFIER).requiring("cmi.interactions.n.id"));
        element(readWrite("cmi.interactions.n.timestamp", TIME).requiring("cmi.interactions.n.id"));
        collection("cmi.interactions.n.correct_responses");
        children("cmi.interactions.n.correct_responses", "pattern");
        element(readWrite("cmi.interactions.n.correct_responses.n.pattern", RESPONSE).requiring("cmi.interactions.n.type"));
        element(readWrite("cmi.interactions.n.weighting", REAL).requiring("cmi.interactions.n.id"));
        element(readWrite("cmi.interactions.n.learner_response", RESPONSE).requiring("cmi.interactions.n.type"));
        element(readWrite("cmi.interactions.n.result", RESULT).requiring("cmi.interactions.n.id"));
        element(readWrite("cmi.interactions.n.latency", TIME_INTERVAL).requiring("cmi.interactions.n.id"));
        element(readWrite("cmi.interactions.n.description", LOCALIZED).requiring("cmi.interactions.n.id"));

        element(readOnly("cmi.launch_data"));
        element(readOnly("cmi.learner_id"));
        element(readOnly("cmi.learner_name"));
        children("cmi.learner_preference", "audio_level,language,delivery_speed,audio_captioning");
        element(readWrite("cmi.learner_preference.audio_level", NON_NEGATIVE));
        element(readWrite("cmi.learner_preference.language", LANGUAGE_TYPE));
        element(readWrite("cmi.learner_preference.delivery_speed", NON_NEGATIVE));
        element(readWrite("cmi.learner_preference.audio_captioning", CAPTIONING));
        element(readWrite("cmi.location", STRING_1000));
        element(readOnly("cmi.max_time_allowed"));
        element(readOnly("cmi.mode"));

        collection("cmi.objectives");
        children("cmi.objectives", "id,score,success_status,completion_status,progress_measure,description");
        element(readWrite("cmi.objectives.n.id", IDENTIFIER));
        children("cmi.objectives.n.score", "scaled,raw,min,max");
        element(readWrite("cmi.objectives.n.score.scaled", SCALED).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.score.raw", REAL).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.score.min", REAL).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.score.max", REAL).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.success_status", SUCCESS).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.completion_status", COMPLETION).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.progress_measure", UNIT).requiring("cmi.objectives.n.id"));
        element(readWrite("cmi.objectives.n.description", LOCALIZED).requiring("cmi.objectives.n.id"));

        element(readWrite("cmi.progress_measure", UNIT));
        element(readOnly("cmi.scaled_passing_score"));
        children("cmi.score", "scaled,raw,min,max");
        element(readWrite("cmi.score.scaled", SCALED));
        element(readWrite("cmi.score.raw", REAL));
        element(readWrite("cmi.score.min", REAL));
        element(readWrite("cmi.score.max", REAL));
        element(writeOnly("cmi.session_time", TIME_INTERVAL));
        element(readWrite("cmi.success_status", SUCCESS));
        element(readWrite("cmi.suspend_data", SUSPEND_DATA));
        element(readOnly("cmi.time_limit_action"));
        element(readOnly("cmi.total_time"));

        element(readWrite("adl.nav.request", NAV_REQUEST));
        element(readOnly("adl.nav.request_valid.continue"));
        element(readOnly("adl.nav.request_valid.previous"));
    }

    @Override
    public ScormVersion version() {
        return ScormVersion.SCORM_2004;
    }

    @Override
    public Codes codes() {
        return new Codes(301, 401, 301, 301, 404, 404, 405, 301, 351, 406, 351, 407, 408, 403);
    }

    @Override
    public Map<Integer, String> errorTexts() {
        Map<Integer, String> texts = new TreeMap<>();
        texts.put(0, "No Error");
        texts.put(101, "General Exception");
        texts.put(102, "General Initialization Failure");
        texts.put(103, "Already Initialized");
        texts.put(104, "Content Instance Terminated");
        texts.put(111, "General Termination Failure");
        texts.put(112, "Termination Before Initialization");
        texts.put(113, "Termination After Termination");
        texts.put(122, "Retrieve Data Before Initialization");
        texts.put(123, "Retrieve Data After Termination");
        texts.put(132, "Store Data Before Initialization");
        texts.put(133, "Store Data After Termination");
        texts.put(142, "Commit Before Initialization");
        texts.put(143, "Commit After Termination");
        texts.put(201, "General Argument Error");
        texts.put(301, "General Get Failure");
        texts.put(351, "General Set Failure");
        texts.put(391, "General Commit Failure");
        texts.put(401, "Undefined Data Model Element");
        texts.put(402, "Unimplemented Data Model Element");
        texts.put(403, "Data Model Element Value Not Initialized");
        texts.put(404, "Data Model Element Is Read Only");
        texts.put(405, "Data Model Element Is Write Only");
        texts.put(406, "Data Model Element Type Mismatch");
        texts.put(407, "Data Model Element Value Out Of Range");
        texts.put(408, "Data Model Dependency Not Established");
        return texts;
    }
}
