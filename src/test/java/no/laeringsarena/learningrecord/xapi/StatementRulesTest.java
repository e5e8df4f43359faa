package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.learningrecord.xapi.StatementValidatorTest.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statement comparison, completion, index and formats; document ETags, preconditions and merge. */
class StatementRulesTest {

    static final String STATEMENT = "{\"actor\":{\"mbox\":\"mailto:ola@KOMMUNE.no\",\"name\":\"Ola\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"nb-NO\":\"fullførte\"}},"
            + "\"object\":{\"id\":\"https://x.example/course\",\"definition\":{\"name\":{\"nb-NO\":\"Kurs\"}}},"
            + "\"context\":{\"registration\":\"ec531277-b57b-4c15-8d91-d292c5b2b8f7\",\"instructor\":{\"mbox\":\"mailto:kari@x.no\"},"
            + "\"contextActivities\":{\"parent\":[{\"id\":\"https://x.example/path\"}]}},"
            + "\"timestamp\":\"2026-03-01T12:00:00+01:00\"}";

    @Test
    void theSameStatementIgnoringWhatTheLrsMayChange() {
        JsonObject received = json(STATEMENT);
        JsonObject stored = StatementCompletion.complete(received, UUID.randomUUID(), OffsetDateTime.now(),
                json("{\"mbox\":\"mailto:lrs@x.no\"}"));
        JsonObject sameInOtherWords = json(STATEMENT.replace("ola@KOMMUNE.no", "ola@kommune.no")
                .replace("\"fullførte\"", "\"completed\"").replace("2026-03-01T12:00:00+01:00", "2026-03-01T11:00:00Z")
                .replace("{\"name\":{\"nb-NO\":\"Kurs\"}}", "{\"name\":{\"en\":\"Course\"}}"));
        assertTrue(StatementComparison.same(sameInOtherWords, stored));
        assertFalse(StatementComparison.same(json(STATEMENT.replace("\"Ola\"", "\"Kari\"")), stored), "a different name is different");
        assertFalse(StatementComparison.same(json(STATEMENT.replace("verbs/completed", "verbs/passed")), stored));
        String withoutTimestamp = STATEMENT.replace(",\"timestamp\":\"2026-03-01T12:00:00+01:00\"", "");
        JsonObject storedWithLrsTimestamp = StatementCompletion.complete(json(withoutTimestamp), UUID.randomUUID(),
                OffsetDateTime.now(), json("{\"mbox\":\"mailto:lrs@x.no\"}"));
        assertTrue(StatementComparison.same(json(withoutTimestamp), storedWithLrsTimestamp), "the LRS's own timestamp is ignored");
    }

    @Test
    void completionFillsWhatIsMissingAndKeepsTheTimestamp() {
        UUID id = UUID.randomUUID();
        OffsetDateTime stored = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        JsonObject authority = json("{\"objectType\":\"Agent\",\"mbox\":\"mailto:lrs@x.no\"}");
        JsonObject complete = StatementCompletion.complete(json(STATEMENT), id, stored, authority);
        assertEquals(id.toString(), complete.getString("id"));
        assertEquals("2026-03-02T10:00:00.000Z", complete.getString("stored"));
        assertEquals("2026-03-01T12:00:00+01:00", complete.getString("timestamp"));
        assertEquals("2.0.0", complete.getString("version"));
        assertEquals(authority, complete.getJsonObject("authority"));
        JsonObject noTimestamp = StatementCompletion.complete(json(STATEMENT.replace(",\"timestamp\":\"2026-03-01T12:00:00+01:00\"", "")),
                id, stored, authority);
        assertEquals("2026-03-02T10:00:00.000Z", noTimestamp.getString("timestamp"));
    }

    @Test
    void indexFindsTheActorObjectAndEverythingRelated() {
        StatementIndex index = StatementIndex.of(json(STATEMENT));
        assertEquals("mbox:mailto:ola@kommune.no", index.actorKey());
        assertEquals("https://x.example/course", index.objectActivityId());
        assertEquals(UUID.fromString("ec531277-b57b-4c15-8d91-d292c5b2b8f7"), index.registration());
        assertEquals(Set.of("https://x.example/course", "https://x.example/path"), index.relatedActivities());
        assertTrue(index.relatedAgents().contains("mbox:mailto:kari@x.no"), "the instructor is related");
        assertNull(index.voids());
        StatementIndex voiding = StatementIndex.of(json("{\"actor\":{\"mbox\":\"mailto:a@x.no\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"}}"));
        assertEquals(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"), voiding.voids());
    }

    @Test
    void idsFormatKeepsOnlyIdentifiers() {
        JsonObject ids = StatementFormat.IDS.apply(json(STATEMENT));
        assertEquals("{\"mbox\":\"mailto:ola@KOMMUNE.no\"}", ids.getJsonObject("actor").toString());
        assertEquals("{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"}", ids.getJsonObject("verb").toString());
        assertFalse(ids.getJsonObject("object").containsKey("definition"));
        assertEquals(json(STATEMENT), StatementFormat.EXACT.apply(json(STATEMENT)));
    }

    @Test
    void idsFormatReducesActivitiesToTheirIdAndAnonymousGroupsToTheirMembers() {
        JsonObject ids = StatementFormat.IDS.apply(json("{\"actor\":{\"objectType\":\"Group\",\"name\":\"Team\","
                + "\"member\":[{\"name\":\"Ola\",\"mbox\":\"mailto:ola@x.no\"}]},"
                + "\"verb\":{\"id\":\"http://x.example/v\"},\"object\":{\"objectType\":\"Activity\",\"id\":\"https://x.example/a\"}}"));
        assertEquals("{\"id\":\"https://x.example/a\"}", ids.getJsonObject("object").toString());
        assertEquals("{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:ola@x.no\"}]}",
                ids.getJsonObject("actor").toString());
    }

    @Test
    void canonicalFormatUsesTheLrsDefinitionAndOneLanguage() {
        JsonObject statement = json("{\"actor\":{\"mbox\":\"mailto:ola@x.no\",\"name\":\"Ola\"},"
                + "\"verb\":{\"id\":\"http://x.example/v\",\"display\":{\"en-US\":\"did\",\"nb-NO\":\"gjorde\"}},"
                + "\"object\":{\"id\":\"https://x.example/a\",\"definition\":{\"name\":{\"en-US\":\"A\"}}},"
                + "\"context\":{\"contextActivities\":{\"category\":[{\"id\":\"https://x.example/c\","
                + "\"definition\":{\"name\":{\"en-GB\":\"Colour\",\"en-US\":\"Color\"}}}]}}}");
        JsonObject lrsDefinition = json("{\"name\":{\"en-US\":\"A\",\"nb\":\"Aktivitet\"},\"type\":\"http://x.example/t\"}");
        JsonObject canonical = StatementFormat.CANONICAL.apply(statement,
                id -> id.equals("https://x.example/a") ? java.util.Optional.of(lrsDefinition) : java.util.Optional.empty(),
                Languages.preferred("nb-NO;q=0.9, en-GB"));
        assertEquals(json("{\"nb-NO\":\"gjorde\"}"), canonical.getJsonObject("verb").getJsonObject("display"),
                "en-GB is wanted most but missing; nb-NO is there");
        assertEquals(json("{\"name\":{\"nb\":\"Aktivitet\"},\"type\":\"http://x.example/t\"}"),
                canonical.getJsonObject("object").getJsonObject("definition"), "the LRS's definition, nb for nb-NO");
        assertEquals(json("{\"en-GB\":\"Colour\"}"), canonical.getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("category").getJsonObject(0).getJsonObject("definition").getJsonObject("name"));
        assertEquals(statement.getJsonObject("actor"), canonical.getJsonObject("actor"));
        assertEquals(List.of("en-GB", "nb-NO"), Languages.preferred("nb-NO;q=0.9, en-GB, *;q=0.5, da;q=0"));
    }

    @Test
    void singleContextActivitiesAreStoredAsArrays() {
        JsonObject received = json("{\"actor\":{\"mbox\":\"mailto:a@x.no\"},\"verb\":{\"id\":\"http://x.example/v\"},"
                + "\"object\":{\"id\":\"https://x.example/a\"},\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"https://x.example/p\"}}}}");
        JsonObject stored = StatementCompletion.complete(received, UUID.randomUUID(), OffsetDateTime.now(),
                json("{\"mbox\":\"mailto:lrs@x.no\"}"));
        assertEquals("[{\"id\":\"https://x.example/p\"}]",
                stored.getJsonObject("context").getJsonObject("contextActivities").get("parent").toString());
        assertTrue(StatementComparison.same(received, stored), "the array form is the same statement");
    }

    @Test
    void durationsCompareToHundredthsAndJsonMustEndWhereItEnds() {
        assertEquals("P1DT12H36M0.12S", StatementComparison.hundredths("P1DT12H36M0.1237S"));
        assertEquals("PT5S", StatementComparison.hundredths("PT5S"));
        assertThrows(jakarta.json.JsonException.class, () -> JsonText.parse("{\"a\":1}{"));
        assertTrue(Documents.jsonObject("{\"a\":1}{".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertEquals(json("{\"a\":1}"), JsonText.parse(" {\"a\":1} "));
    }

    @Test
    void documentEtagsAndPreconditions() {
        byte[] content = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
        String etag = Documents.etag(content);
        assertEquals(40, etag.length());
        assertEquals(etag.toLowerCase(), etag);
        Documents.checkPreconditions("\"" + etag + "\"", null, etag, true);
        Documents.checkPreconditions(null, "*", null, true);
        Documents.checkPreconditions(null, null, null, true);
        assertEquals(412, assertThrows(XapiException.class,
                () -> Documents.checkPreconditions("\"0000\"", null, etag, false)).status());
        assertEquals(412, assertThrows(XapiException.class,
                () -> Documents.checkPreconditions("\"" + etag + "\"", null, null, false)).status(), "If-Match on a missing document");
        assertEquals(412, assertThrows(XapiException.class,
                () -> Documents.checkPreconditions(null, "*", etag, false)).status());
        assertEquals(409, assertThrows(XapiException.class,
                () -> Documents.checkPreconditions(null, null, etag, true)).status());
    }

    @Test
    void postMergesTopLevelPropertiesOfJsonDocuments() {
        byte[] merged = Documents.merge("{\"x\":\"foo\",\"y\":\"bar\"}".getBytes(StandardCharsets.UTF_8), "application/json",
                "{\"x\":\"bash\",\"z\":\"faz\"}".getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
        assertEquals(json("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\"}"), json(new String(merged, StandardCharsets.UTF_8)));
        assertEquals(400, assertThrows(XapiException.class, () -> Documents.merge("text".getBytes(), "text/plain",
                "{}".getBytes(), "application/json")).status());
        assertArrayEquals("{}".getBytes(), Documents.merge("{}".getBytes(), "application/json", "{}".getBytes(), "application/json"));
    }
}
