package no.laeringsarena.learningrecord;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import no.laeringsarena.learningrecord.xapi.StatementValidator;
import org.junit.jupiter.api.Test;

/** A LearningEvent becomes a valid, pseudonymous xAPI 2.0.0 statement. */
class LearningStatementsTest {

    static final String BASE = "https://laeringsarena.example";
    // distinctive enough that it cannot turn up by chance inside a generated id or timestamp
    static final long USER_ID = 7_316_594_208L;
    static final UUID PSEUDONYM = UUID.fromString("11111111-2222-4333-8444-555555555555");
    static final UUID REGISTRATION = UUID.fromString("ec531277-b57b-4c15-8d91-d292c5b2b8f7");

    static LearningEvent passedTest() {
        return new LearningEvent(USER_ID, LearningVerb.PASSED,
                new LearningObject(LearningObjectKind.TEST, "digital-kompetanse-1", "Test i digital kompetanse",
                        "Test i digital kompetanse", "Digital competence test"),
                LearningObject.of(LearningObjectKind.COURSE, "17", "Digitalisering i kommunen"),
                REGISTRATION, LearningResult.score(8, 10, true, Duration.ofMinutes(12)), "nn",
                OffsetDateTime.parse("2026-03-01T12:00:00+01:00"));
    }

    @Test
    void mapsEveryPartOfTheEvent() {
        UUID id = UUID.randomUUID();
        JsonObject s = LearningStatements.toStatement(passedTest(), BASE + "/", PSEUDONYM, id);
        assertDoesNotThrow(() -> StatementValidator.validate(s));
        assertEquals(id.toString(), s.getString("id"));
        JsonObject account = s.getJsonObject("actor").getJsonObject("account");
        assertEquals(BASE, account.getString("homePage"));
        assertEquals(PSEUDONYM.toString(), account.getString("name"));
        assertFalse(s.getJsonObject("actor").containsKey("name"), "no personal name in statements");
        assertFalse(s.toString().contains(Long.toString(USER_ID)), "the user id itself never appears");
        assertEquals("http://adlnet.gov/expapi/verbs/passed", s.getJsonObject("verb").getString("id"));
        assertEquals("bestod", s.getJsonObject("verb").getJsonObject("display").getString("nb-NO"));
        assertEquals("passed", s.getJsonObject("verb").getJsonObject("display").getString("en"));
        JsonObject object = s.getJsonObject("object");
        assertEquals(BASE + "/xapi/activities/test/digital-kompetanse-1", object.getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/assessment", object.getJsonObject("definition").getString("type"));
        assertEquals("Digital competence test", object.getJsonObject("definition").getJsonObject("name").getString("en"));
        JsonObject context = s.getJsonObject("context");
        assertEquals(REGISTRATION.toString(), context.getString("registration"));
        assertEquals("Læringsarena", context.getString("platform"));
        assertEquals("nn-NO", context.getString("language"));
        assertEquals(BASE + "/xapi/activities/course/17",
                context.getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0).getString("id"));
        JsonObject result = s.getJsonObject("result");
        assertEquals(0.8, result.getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals(8, result.getJsonObject("score").getJsonNumber("raw").doubleValue());
        assertTrue(result.getBoolean("success"));
        assertEquals("PT12M", result.getString("duration"));
        assertEquals("2026-03-01T11:00:00.000Z", s.getString("timestamp"));
    }

    @Test
    void everyVerbAndKindGivesAValidStatement() {
        for (LearningVerb verb : LearningVerb.values()) {
            for (LearningObjectKind kind : LearningObjectKind.values()) {
                LearningEvent event = new LearningEvent(1, verb, LearningObject.of(kind, "id with space/æøå", "Navn"),
                        null, null, null, null, OffsetDateTime.now());
                JsonObject s = LearningStatements.toStatement(event, BASE, PSEUDONYM, UUID.randomUUID());
                assertDoesNotThrow(() -> StatementValidator.validate(s), verb + " " + kind);
                assertEquals(verb, LearningStatements.verbOf(s.getJsonObject("verb").getString("id")).orElseThrow());
                assertEquals(kind, LearningStatements.kindOf(BASE, s.getJsonObject("object").getString("id")).orElseThrow());
                assertEquals("nb-NO", s.getJsonObject("context").getString("language"));
            }
        }
        assertEquals(LearningVerb.values().length, EnumSet.allOf(LearningVerb.class).stream()
                .map(LearningStatements::verbIri).distinct().count(), "one IRI per verb");
    }

    @Test
    void historyLinesReadTheStatementInTheLearnersLanguage() {
        JsonObject s = LearningStatements.toStatement(passedTest(), BASE, PSEUDONYM, UUID.randomUUID());
        HistoryLine nn = HistoryLine.of(s, BASE, "nn");
        assertEquals(LearningVerb.PASSED, nn.verb());
        assertEquals(LearningObjectKind.TEST, nn.kind());
        assertEquals("Test i digital kompetanse", nn.objectName());
        assertEquals(8.0, nn.raw());
        assertEquals(10.0, nn.max());
        assertTrue(nn.success());
        assertEquals("Digital competence test", HistoryLine.of(s, BASE, "en").objectName());
        assertEquals("Du bestod testen «Test i digital kompetanse»", no.laeringsarena.learningrecord.web.HistorySentences
                .sentence(HistoryLine.of(s, BASE, "nb"), Locale.forLanguageTag("nb")));
        assertEquals("You passed the test \"Digital competence test\"", no.laeringsarena.learningrecord.web.HistorySentences
                .sentence(HistoryLine.of(s, BASE, "en"), Locale.forLanguageTag("en")));
    }

    @Test
    void everyVerbAndKindHasASentenceInEveryLanguage() {
        for (String tag : new String[]{"nb", "nn", "en"}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                    no.laeringsarena.platform.web.Messages.BUNDLE, Locale.forLanguageTag(tag));
            for (LearningVerb verb : LearningVerb.values()) {
                assertTrue(bundle.containsKey("history.verb." + verb.name()), tag + " " + verb);
            }
            for (LearningObjectKind kind : LearningObjectKind.values()) {
                assertTrue(bundle.containsKey("history.kind." + kind.name()), tag + " " + kind);
            }
        }
    }
}
