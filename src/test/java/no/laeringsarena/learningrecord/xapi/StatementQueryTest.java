package no.laeringsarena.learningrecord.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementQueryTest {

    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    static String reason(Map<String, List<String>> parameters) {
        return assertThrows(XapiException.class, () -> StatementQuery.parse(parameters)).getMessage();
    }

    @Test
    void parsesFiltersAndDefaults() {
        StatementQuery q = StatementQuery.parse(params("agent", "{\"mbox\":\"mailto:Ola@Kommune.NO\"}",
                "verb", "http://adlnet.gov/expapi/verbs/completed", "since", "2026-01-01T00:00:00Z", "limit", "0",
                "ascending", "true", "format", "ids"));
        assertEquals("mbox:mailto:Ola@kommune.no", q.agentKey(), "domain case ignored");
        assertEquals(StatementQuery.MAX_LIMIT, q.limit(), "limit 0 means the server's maximum");
        assertTrue(q.ascending());
        assertEquals(StatementFormat.IDS, q.format());
        assertFalse(q.single());
        assertEquals(StatementFormat.EXACT, StatementQuery.parse(params()).format());
    }

    @Test
    void attachmentsTrueAsksForMultipartAndSurvivesTheMoreLink() {
        StatementQuery q = StatementQuery.parse(params("attachments", "true", "format", "canonical"));
        assertTrue(q.attachments());
        assertEquals(StatementFormat.CANONICAL, q.format());
        assertEquals(q, StatementQuery.fromJson(q.toJson()));
        assertFalse(StatementQuery.parse(params()).attachments());
    }

    @Test
    void theMoreLinkCarriesTheWholeQuery() {
        StatementQuery q = StatementQuery.parse(params("activity", "https://x.example/a", "related_activities", "true",
                "registration", "ec531277-b57b-4c15-8d91-d292c5b2b8f7", "until", "2026-05-01T00:00:00Z", "limit", "7"));
        assertEquals(q, StatementQuery.fromJson(q.toJson()));
    }

    @Test
    void refusesWhatTheSpecRefuses() {
        assertTrue(reason(params("Verb", "http://x.example/v")).contains("unknown query parameter \"Verb\""));
        assertTrue(reason(params("statementId", "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
                "voidedStatementId", "ec531277-b57b-4c15-8d91-d292c5b2b8f7")).contains("not both"));
        assertTrue(reason(params("statementId", "ec531277-b57b-4c15-8d91-d292c5b2b8f7", "verb", "http://x.example/v"))
                .contains("cannot be combined"));
        assertTrue(reason(params("limit", "-1")).contains("limit"));
        assertTrue(reason(params("since", "yesterday")).contains("since"));
        assertTrue(reason(params("agent", "{\"name\":\"Ola\"}")).contains("exactly one of"));
        assertTrue(reason(params("agent", "not json")).contains("not valid JSON"));
        assertTrue(reason(params("format", "full")).contains("format"));
        assertTrue(reason(params("ascending", "yes")).contains("true or false"));
        assertTrue(reason(params("verb", "a", "verb", "b")).contains("more than once"));
        assertTrue(reason(params("attachments", "yes")).contains("true or false"));
    }

    @Test
    void formatAndVersionHelpers() {
        assertTrue(XapiFormats.isDuration("P1Y2M3DT4H5M6.07S"));
        assertTrue(XapiFormats.isDuration("P4W"));
        assertFalse(XapiFormats.isDuration("P"));
        assertFalse(XapiFormats.isDuration("PT"));
        assertFalse(XapiFormats.isDuration("P0001-02-03T04:05:06"), "the alternative format is not allowed");
        assertTrue(XapiFormats.timestamp("2026-03-01T12:00:00+0100").isPresent());
        assertEquals("2026-03-01T11:00:00.000Z", XapiFormats.format(XapiFormats.timestamp("2026-03-01T12:00+01:00").orElseThrow()));
    }
}
