package no.laeringsarena.elearning;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.XapiFormats;

/**
 * The statements the LMS side of cmi5 writes (launched, satisfied, abandoned, waived), with the cmi5 category, the
 * registration, the session id and the publisher's id as grouping, as the cmi5 specification asks.
 */
public final class Cmi5Statements {

    public static final String CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
    public static final String LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
    public static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
    public static final String LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
    public static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    /** The id the cmi5 specification (9.3.7) gives the verb. */
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";
    public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";

    private Cmi5Statements() {
    }

    static JsonObject launched(JsonObject actor, Cmi5Au au, Cmi5Session session, String activityId, String launchUrl,
                               OffsetDateTime when) {
        JsonObjectBuilder extensions = Json.createObjectBuilder()
                .add(SESSION_ID, session.getSessionId().toString())
                .add(LAUNCH_MODE, session.getLaunchMode().value())
                .add(LAUNCH_URL, launchUrl)
                .add(MOVE_ON, au.getMoveOn().value());
        if (au.getLaunchParameters() != null) {
            extensions.add(LAUNCH_PARAMETERS, au.getLaunchParameters());
        }
        if (au.getMasteryScore() != null) {
            extensions.add(MASTERY_SCORE, au.getMasteryScore());
        }
        return statement(actor, LAUNCHED, "launched", activityId, au.getTitle(), session.getRegistration(),
                au.getAuIri(), extensions, when);
    }

    static JsonObject abandoned(JsonObject actor, Cmi5Au au, Cmi5Session session, String activityId, OffsetDateTime when) {
        return statement(actor, ABANDONED, "abandoned", activityId, au.getTitle(), session.getRegistration(),
                au.getAuIri(), Json.createObjectBuilder().add(SESSION_ID, session.getSessionId().toString()), when);
    }

    /**
     * The AU was waived for the learner: result success and completion true and the reason as the result extension
     * (cmi5 9.3.7, 9.5.2, 9.5.3, 9.5.5.2), in a session of its own (the LMS must generate a unique session id for it).
     */
    static JsonObject waived(JsonObject actor, Cmi5Au au, String activityId, UUID registration, UUID sessionId,
                             Cmi5WaiverReason reason, OffsetDateTime when) {
        JsonObject statement = statement(actor, WAIVED, "waived", activityId, au.getTitle(), registration,
                au.getAuIri(), Json.createObjectBuilder().add(SESSION_ID, sessionId.toString()), when);
        return Json.createObjectBuilder(statement)
                .add("result", Json.createObjectBuilder().add("success", true).add("completion", true)
                        .add("extensions", Json.createObjectBuilder().add(REASON, reason.value())))
                .build();
    }

    /** The learner has met moveOn of every AU of the cmi5 course (the package). */
    static JsonObject courseSatisfied(JsonObject actor, Cmi5Au anyAu, String courseActivityId, UUID registration,
                                      UUID sessionId, OffsetDateTime when) {
        return statement(actor, SATISFIED, "satisfied", courseActivityId, anyAu.getPackage().getTitle(), registration,
                anyAu.getCourseIri(), Json.createObjectBuilder().add(SESSION_ID, sessionId.toString()), when);
    }

    /** The contextTemplate of LMS.LaunchData: what the AU must put in the context of its statements. */
    static JsonObject contextTemplate(Cmi5Au au, Cmi5Session session) {
        return Json.createObjectBuilder()
                .add("contextActivities", Json.createObjectBuilder()
                        .add("grouping", Json.createArrayBuilder().add(activity(au.getAuIri()))))
                .add("extensions", Json.createObjectBuilder().add(SESSION_ID, session.getSessionId().toString()))
                .build();
    }

    private static JsonObject statement(JsonObject actor, String verb, String verbName, String objectId, String title,
                                        UUID registration, String publisherId, JsonObjectBuilder extensions,
                                        OffsetDateTime when) {
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", verb)
                        .add("display", Json.createObjectBuilder().add("en-US", verbName)))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", objectId)
                        .add("definition", Json.createObjectBuilder()
                                .add("name", Json.createObjectBuilder().add("nb-NO", title == null ? "" : title))))
                .add("context", Json.createObjectBuilder()
                        .add("registration", registration.toString())
                        .add("contextActivities", Json.createObjectBuilder()
                                .add("category", Json.createArrayBuilder().add(activity(CATEGORY)))
                                .add("grouping", Json.createArrayBuilder().add(activity(publisherId))))
                        .add("extensions", extensions))
                .add("timestamp", XapiFormats.format(when))
                .build();
    }

    private static JsonObject activity(String id) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", id).build();
    }
}
