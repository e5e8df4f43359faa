package no.laeringsarena.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class Cmi5LaunchDataTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void launchDataCarriesWhatTheAuMustKnow() {
        Cmi5Au au = new Cmi5Au(null, 0, "https://x.test/course", new Cmi5CourseStructure.Au("https://x.test/au", "AU",
                "au/index.html", "AnyWindow", Cmi5MoveOn.COMPLETED_AND_PASSED, new BigDecimal("0.75"), "{\"a\":1}", "nøkkel"));
        Cmi5Session session = new Cmi5Session(au, 7, "kurs", "leksjon", UUID.randomUUID(), Cmi5LaunchMode.REVIEW, "hash",
                NOW, NOW.plusHours(12));

        JsonObject data = Cmi5Launcher.launchData(au, session, "https://laering.example.no/kurs/leksjon.xhtml?kurs=kurs");

        assertEquals("Review", data.getString("launchMode"));
        assertEquals("CompletedAndPassed", data.getString("moveOn"));
        assertEquals(new BigDecimal("0.75"), data.getJsonNumber("masteryScore").bigDecimalValue());
        assertEquals("{\"a\":1}", data.getString("launchParameters"));
        assertEquals("https://laering.example.no/kurs/leksjon.xhtml?kurs=kurs", data.getString("returnURL"));
        assertEquals("nøkkel", data.getJsonObject("entitlementKey").getString("courseStructure"));
        JsonObject template = data.getJsonObject("contextTemplate");
        assertEquals(session.getSessionId().toString(),
                template.getJsonObject("extensions").getString(Cmi5Statements.SESSION_ID));
        assertEquals("https://x.test/au", template.getJsonObject("contextActivities").getJsonArray("grouping")
                .getJsonObject(0).getString("id"));
    }

    @Test
    void optionalPartsAreLeftOut() {
        Cmi5Au au = new Cmi5Au(null, 0, "https://x.test/course", new Cmi5CourseStructure.Au("https://x.test/au", "AU",
                "https://content.example.org/au", "OwnWindow", Cmi5MoveOn.NOT_APPLICABLE, null, null, null));
        Cmi5Session session = new Cmi5Session(au, 7, "kurs", "leksjon", UUID.randomUUID(), Cmi5LaunchMode.NORMAL, "hash",
                NOW, NOW.plusHours(12));

        JsonObject data = Cmi5Launcher.launchData(au, session, "https://laering.example.no/");

        assertFalse(data.containsKey("masteryScore"));
        assertFalse(data.containsKey("launchParameters"));
        assertFalse(data.containsKey("entitlementKey"));
        assertEquals("NotApplicable", data.getString("moveOn"));
        assertEquals("Normal", data.getString("launchMode"));
    }
}
