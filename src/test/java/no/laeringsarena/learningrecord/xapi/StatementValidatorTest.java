package no.laeringsarena.learningrecord.xapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of statements the LRS must accept, and of statements it must refuse with the reason in the message. */
class StatementValidatorTest {

    static final String ACTOR = "\"actor\":{\"mbox\":\"mailto:ola@kommune.no\"}";
    static final String VERB = "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"nb-NO\":\"fullførte\"}}";
    static final String OBJECT = "\"object\":{\"id\":\"https://laering.example/xapi/activities/course/1\"}";
    static final String BASE = ACTOR + "," + VERB + "," + OBJECT;

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("minimal", "{" + BASE + "}"),
                Arguments.of("with id, timestamp, version", "{\"id\":\"5f0bb1b6-5bd4-4b0b-8c69-7a8d8f0f7c11\",\"timestamp\":\"2026-03-01T12:00:00.123+01:00\",\"version\":\"1.0.3\"," + BASE + "}"),
                Arguments.of("account actor", "{\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://laering.example\",\"name\":\"abc\"}}," + VERB + "," + OBJECT + "}"),
                Arguments.of("identified group with members", "{\"actor\":{\"objectType\":\"Group\",\"openid\":\"https://id.example/g\",\"member\":[{\"mbox\":\"mailto:a@b.no\"}]}," + VERB + "," + OBJECT + "}"),
                Arguments.of("anonymous group", "{\"actor\":{\"objectType\":\"Group\",\"member\":[{\"mbox_sha1sum\":\"ebd31e95054c018b10727ccffd2ef2ec3a016ee9\"}]}," + VERB + "," + OBJECT + "}"),
                Arguments.of("result with score and duration", "{" + BASE + ",\"result\":{\"score\":{\"scaled\":0.8,\"raw\":8,\"min\":0,\"max\":10},\"success\":true,\"completion\":true,\"duration\":\"PT1H30M2.5S\"}}"),
                Arguments.of("context with everything", "{" + BASE + ",\"context\":{\"registration\":\"ec531277-b57b-4c15-8d91-d292c5b2b8f7\",\"contextActivities\":{\"parent\":[{\"id\":\"https://x.example/a\"}],\"grouping\":{\"id\":\"https://x.example/b\"}},\"platform\":\"Læringsarena\",\"language\":\"nb-NO\",\"statement\":{\"objectType\":\"StatementRef\",\"id\":\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"},\"extensions\":{\"https://x.example/ext\":{\"any\":[1,2]}},\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"mbox\":\"mailto:l@x.no\"},\"relevantTypes\":[\"https://x.example/teacher\"]}]}}"),
                Arguments.of("voiding statement", "{" + ACTOR + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"}}"),
                Arguments.of("agent as object", "{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:kari@x.no\"}}"),
                Arguments.of("sub-statement", "{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"SubStatement\"," + BASE + "}}"),
                Arguments.of("choice interaction", "{" + ACTOR + "," + VERB + ",\"object\":{\"id\":\"https://x.example/q1\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\",\"interactionType\":\"choice\",\"correctResponsesPattern\":[\"a\"],\"choices\":[{\"id\":\"a\",\"description\":{\"nb-NO\":\"Ja\"}}]}}}"),
                Arguments.of("timestamp without zone (taken as UTC)", "{" + BASE + ",\"timestamp\":\"2026-03-01T12:00:00\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void acceptsValidStatements(String name, String statement) {
        assertDoesNotThrow(() -> StatementValidator.validate(json(statement)));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("{" + VERB + "," + OBJECT + "}", "\"actor\" is required"),
                Arguments.of("{" + BASE + ",\"colour\":\"blue\"}", "unknown property \"colour\""),
                Arguments.of("{\"id\":\"not-a-uuid\"," + BASE + "}", "id: must be a UUID"),
                Arguments.of("{\"actor\":{\"mbox\":\"ola@kommune.no\"}," + VERB + "," + OBJECT + "}", "mailto:"),
                Arguments.of("{\"actor\":{\"mbox\":\"mailto:a@b.no\",\"openid\":\"https://id.example/a\"}," + VERB + "," + OBJECT + "}", "exactly one of"),
                Arguments.of("{\"actor\":{\"name\":\"Ola\"}," + VERB + "," + OBJECT + "}", "exactly one of"),
                Arguments.of("{\"actor\":{\"account\":{\"homePage\":\"not a url\",\"name\":\"x\"}}," + VERB + "," + OBJECT + "}", "homePage"),
                Arguments.of("{\"actor\":{\"objectType\":\"Group\"}," + VERB + "," + OBJECT + "}", "anonymous Group"),
                Arguments.of("{\"actor\":{\"objectType\":\"Group\",\"member\":[{\"objectType\":\"Group\",\"mbox\":\"mailto:a@b.no\"}]}," + VERB + "," + OBJECT + "}", "must be Agents"),
                Arguments.of("{\"actor\":{\"objectType\":\"Person\",\"mbox\":\"mailto:a@b.no\"}," + VERB + "," + OBJECT + "}", "must be Agent or Group"),
                Arguments.of("{" + ACTOR + ",\"verb\":{\"id\":\"completed\"}," + OBJECT + "}", "verb.id: must be an IRI"),
                Arguments.of("{" + ACTOR + ",\"verb\":{\"id\":\"http://x.example/v\",\"display\":{\"not a tag\":\"x\"}}," + OBJECT + "}", "not a language tag"),
                Arguments.of("{" + ACTOR + ",\"verb\":{\"id\":\"http://x.example/v\",\"display\":\"done\"}," + OBJECT + "}", "verb.display: must be a JSON object"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"id\":\"just words\"}}", "must be an IRI"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"Thing\",\"id\":\"https://x\"}}", "object.objectType"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"StatementRef\",\"id\":\"nope\"}}", "object.id: must be a UUID"),
                Arguments.of("{" + ACTOR + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"}," + OBJECT + "}", "StatementRef as its object"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"SubStatement\",\"id\":\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"," + BASE + "}}", "must not have id"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"SubStatement\"," + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"SubStatement\"," + BASE + "}}}", "another SubStatement"),
                Arguments.of("{" + BASE + ",\"result\":{\"score\":{\"scaled\":1.5}}}", "between -1 and 1"),
                Arguments.of("{" + BASE + ",\"result\":{\"score\":{\"raw\":11,\"min\":0,\"max\":10}}}", "greater than max"),
                Arguments.of("{" + BASE + ",\"result\":{\"score\":{\"raw\":-1,\"min\":0}}}", "less than min"),
                Arguments.of("{" + BASE + ",\"result\":{\"score\":{\"min\":5,\"max\":5}}}", "min must be less than max"),
                Arguments.of("{" + BASE + ",\"result\":{\"duration\":\"90 minutes\"}}", "ISO 8601 duration"),
                Arguments.of("{" + BASE + ",\"result\":{\"duration\":\"PT\"}}", "ISO 8601 duration"),
                Arguments.of("{" + BASE + ",\"result\":{\"success\":\"yes\"}}", "true or false"),
                Arguments.of("{" + BASE + ",\"result\":{\"extensions\":{\"score\":1}}}", "extension keys must be IRIs"),
                Arguments.of("{" + BASE + ",\"timestamp\":\"1. mars 2026\"}", "ISO 8601 timestamp"),
                Arguments.of("{" + BASE + ",\"timestamp\":\"2026-03-01T12:00:00-00:00\"}", "ISO 8601 timestamp"),
                Arguments.of("{" + BASE + ",\"context\":{\"registration\":\"abc\"}}", "registration: must be a UUID"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:k@x.no\"},\"context\":{\"platform\":\"X\"}}", "only allowed when the object is an Activity"),
                Arguments.of("{" + BASE + ",\"context\":{\"language\":\"norsk bokmål\"}}", "language tag"),
                Arguments.of("{" + BASE + ",\"context\":{\"team\":{\"mbox\":\"mailto:a@b.no\"}}}", "must be a Group"),
                Arguments.of("{" + BASE + ",\"context\":{\"contextActivities\":{\"sibling\":[]}}}", "unknown property \"sibling\""),
                Arguments.of("{" + BASE + ",\"context\":{\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"mbox\":\"mailto:l@x.no\"},\"relevantTypes\":[]}]}}", "at least one IRI"),
                Arguments.of("{" + BASE + ",\"version\":\"0.95\"}", "version: must be 1.0.x or 2.0.x"),
                Arguments.of("{" + BASE + ",\"result\":null}", "result: must be a JSON object"),
                Arguments.of("{" + ACTOR + "," + VERB + ",\"object\":{\"id\":\"https://x.example/q1\",\"definition\":{\"interactionType\":\"choice\",\"scale\":[]}}}", "not allowed for interactionType choice"),
                Arguments.of("{" + BASE + ",\"attachments\":[{\"usageType\":\"http://x.example/u\",\"display\":{\"en\":\"a\"},\"contentType\":\"text/plain\",\"length\":1,\"sha2\":\"ab\",\"fileUrl\":\"ftp:x\"}]}", "must be an http(s) IRL"),
                Arguments.of("{" + BASE + ",\"result\":{\"duration\":\"P4W1D\"}}", "ISO 8601 duration"),
                Arguments.of("{" + BASE + ",\"authority\":{\"objectType\":\"Group\",\"mbox\":\"mailto:g@x.no\",\"member\":[{\"mbox\":\"mailto:a@x.no\"},{\"mbox\":\"mailto:b@x.no\"}]}}", "must be anonymous"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void refusesInvalidStatementsSayingWhy(String statement, String reason) {
        XapiException e = assertThrows(XapiException.class, () -> StatementValidator.validate(json(statement)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(reason), "expected \"" + reason + "\" in: " + e.getMessage());
    }
}
