package no.laeringsarena.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.StatementValidator;
import org.junit.jupiter.api.Test;

/** The "waived" statement as cmi5 (9.3.7, 9.5.2, 9.5.3, 9.5.5.2) asks, and what a waiver does to moveOn. */
class Cmi5WaiverTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final JsonObject ACTOR = Json.createObjectBuilder().add("objectType", "Agent")
            .add("account", Json.createObjectBuilder().add("homePage", "https://laering.example.no").add("name", "abc"))
            .build();

    @Test
    void theWaivedStatementHasTheCmi5Shape() {
        Cmi5Au au = au(Cmi5MoveOn.PASSED);
        UUID registration = UUID.randomUUID();
        UUID session = UUID.randomUUID();

        JsonObject statement = Cmi5Statements.waived(ACTOR, au, "https://laering.example.no/xapi/activities/cmi5-au/7",
                registration, session, Cmi5WaiverReason.EQUIVALENT_OUTSIDE_ACTIVITY, NOW);

        StatementValidator.validate(statement);
        assertEquals("https://w3id.org/xapi/adl/verbs/waived", statement.getJsonObject("verb").getString("id"));
        assertEquals("https://laering.example.no/xapi/activities/cmi5-au/7",
                statement.getJsonObject("object").getString("id"), "the object is the AU by its launch activityId");
        JsonObject result = statement.getJsonObject("result");
        assertTrue(result.getBoolean("success"));
        assertTrue(result.getBoolean("completion"));
        assertFalse(result.containsKey("score"), "cmi5 allows a score in passed and failed only");
        assertEquals("Equivalent Outside Activity", result.getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/result/extensions/reason"));
        JsonObject context = statement.getJsonObject("context");
        assertEquals(registration.toString(), context.getString("registration"));
        assertEquals(session.toString(), context.getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid"));
        assertEquals(Cmi5Statements.CATEGORY, context.getJsonObject("contextActivities").getJsonArray("category")
                .getJsonObject(0).getString("id"));
        assertEquals("https://x.test/au", context.getJsonObject("contextActivities").getJsonArray("grouping")
                .getJsonObject(0).getString("id"), "the publisher's id of the AU as grouping");
        assertEquals("2026-11-23T12:00:00Z", statement.getString("timestamp").replace(".000", ""));
    }

    @Test
    void everyReasonIsOneTheSpecificationNames() {
        assertEquals("Tested Out", Cmi5WaiverReason.TESTED_OUT.value());
        assertEquals("Equivalent AU", Cmi5WaiverReason.EQUIVALENT_AU.value());
        assertEquals("Equivalent Outside Activity", Cmi5WaiverReason.EQUIVALENT_OUTSIDE_ACTIVITY.value());
        assertEquals("Administrative", Cmi5WaiverReason.ADMINISTRATIVE.value());
    }

    @Test
    void aWaivedAuMeetsItsMoveOnAndIsWaivedOnlyOnce() {
        Cmi5AuState state = new Cmi5AuState(au(Cmi5MoveOn.COMPLETED_AND_PASSED), 7, UUID.randomUUID());
        state.completed(NOW);
        assertFalse(state.meetsMoveOn());

        assertTrue(state.waive(Cmi5WaiverReason.TESTED_OUT, 3, NOW));

        assertTrue(state.meetsMoveOn(), "cmi5: a waived AU has met its moveOn criteria");
        assertTrue(state.isWaived());
        assertEquals(Cmi5WaiverReason.TESTED_OUT, state.getWaivedReason());
        assertFalse(state.waive(Cmi5WaiverReason.ADMINISTRATIVE, 3, NOW.plusDays(1)), "one waiver per AU and registration");
        assertEquals(Cmi5WaiverReason.TESTED_OUT, state.getWaivedReason());
    }

    private static Cmi5Au au(Cmi5MoveOn moveOn) {
        return new Cmi5Au(null, 0, "https://x.test/course", new Cmi5CourseStructure.Au("https://x.test/au", "AU",
                "au/index.html", "AnyWindow", moveOn, new BigDecimal("0.8"), null, null));
    }
}
