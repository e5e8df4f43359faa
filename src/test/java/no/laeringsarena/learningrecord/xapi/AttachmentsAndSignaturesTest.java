package no.laeringsarena.learningrecord.xapi;

import static no.laeringsarena.learningrecord.xapi.StatementValidatorTest.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** multipart/mixed statement requests: parts against attachments (sha2, headers), and signed statements (JWS). */
class AttachmentsAndSignaturesTest {

    static final String BOUNDARY = "-------314159265358979323846";
    static final byte[] DATA = "Hei fra Læringsarena".getBytes(StandardCharsets.UTF_8);
    static final String SHA2 = StatementAttachments.sha2(DATA, 64);
    static final String BASE = "\"actor\":{\"mbox\":\"mailto:ola@x.no\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
            + "\"object\":{\"id\":\"https://x.example/a\"}";

    static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    static JsonObject withAttachment(String sha2, String extra) {
        return json("{" + BASE + ",\"attachments\":[{\"usageType\":\"http://x.example/usage\",\"display\":{\"nb\":\"vedlegg\"},"
                + "\"contentType\":\"text/plain\",\"length\":" + DATA.length + ",\"sha2\":\"" + sha2 + "\"" + extra + "}]}");
    }

    static Multipart.Part part(byte[] content, String... headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i].toLowerCase(), headers[i + 1]);
        }
        return new Multipart.Part(map, content);
    }

    static String reason(Runnable action) {
        XapiException e = assertThrows(XapiException.class, action::run);
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @Test
    void readsAMultipartBodyAsClientsWriteIt() {
        String body = "\r\n--" + BOUNDARY + "\r\nContent-Type:application/json\r\n\r\n{\"a\":1}\r\n--" + BOUNDARY
                + "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + SHA2
                + "\r\n\r\n";
        byte[] bytes = concat(body.getBytes(StandardCharsets.UTF_8), DATA, ("\r\n--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8));
        List<Multipart.Part> parts = Multipart.parse(bytes, "multipart/mixed; boundary=\"" + BOUNDARY + "\"");
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).mediaType());
        assertEquals("{\"a\":1}", new String(parts.get(0).content(), StandardCharsets.UTF_8));
        assertArrayEquals(DATA, parts.get(1).content());
        assertEquals(SHA2, parts.get(1).header("x-experience-api-hash").orElseThrow());

        byte[] written = Multipart.write("b1", parts);
        assertEquals(2, Multipart.parse(written, "multipart/mixed; boundary=b1").size(), "what the LRS writes, it reads");
        assertTrue(reason(() -> Multipart.parse(bytes, "multipart/mixed")).contains("boundary"));
        assertTrue(reason(() -> Multipart.parse("no boundary here".getBytes(StandardCharsets.UTF_8),
                "multipart/mixed; boundary=" + BOUNDARY)).contains("boundary"));
    }

    @Test
    void partsMustMatchTheStatementsAttachments() {
        Multipart.Part good = part(DATA, "Content-Type", "text/plain", "Content-Transfer-Encoding", "binary",
                "X-Experience-API-Hash", SHA2);
        Map<String, AttachmentData> data = StatementAttachments.match(List.of(withAttachment(SHA2, "")), List.of(good));
        assertArrayEquals(DATA, data.get(SHA2).content());

        assertTrue(reason(() -> StatementAttachments.match(List.of(withAttachment(SHA2, "")), List.of()))
                .contains("must be sent as a part"), "raw attachment data as application/json");
        assertTrue(reason(() -> StatementAttachments.match(List.of(withAttachment(SHA2, "")), List.of(part(DATA,
                "Content-Type", "text/plain", "Content-Transfer-Encoding", "binary")))).contains("X-Experience-API-Hash"));
        assertTrue(reason(() -> StatementAttachments.match(List.of(withAttachment(SHA2, "")), List.of(part(DATA,
                "Content-Transfer-Encoding", "base64", "X-Experience-API-Hash", SHA2)))).contains("binary"));
        String other = StatementAttachments.sha2("annet".getBytes(StandardCharsets.UTF_8), 64);
        assertTrue(reason(() -> StatementAttachments.match(List.of(withAttachment(other, "")), List.of(part(DATA,
                "Content-Transfer-Encoding", "binary", "X-Experience-API-Hash", other)))).contains("is not the SHA-2"));
        assertTrue(reason(() -> StatementAttachments.match(List.of(json("{" + BASE + "}")), List.of(good)))
                .contains("belongs to no attachment"), "excess part");
        assertDoesNotThrow(() -> StatementAttachments.match(
                List.of(withAttachment(SHA2, ",\"fileUrl\":\"https://x.example/f.txt\"")), List.of()));
    }

    static JsonObject signed(JsonObject statement, byte[] jws) {
        return Json.createObjectBuilder(statement).add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("usageType", StatementAttachments.SIGNATURE_USAGE).add("display", Json.createObjectBuilder().add("en", "signature"))
                .add("contentType", "application/octet-stream").add("length", jws.length)
                .add("sha2", StatementAttachments.sha2(jws, 64)))).build();
    }

    static byte[] rsaJws(JWSAlgorithm algorithm, String payload) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(algorithm), new Payload(payload));
        jws.sign(new RSASSASigner(keys.getPrivate()));
        return jws.serialize().getBytes(StandardCharsets.US_ASCII);
    }

    static Multipart.Part signaturePart(byte[] jws) {
        return part(jws, "Content-Type", "application/octet-stream", "Content-Transfer-Encoding", "binary",
                "X-Experience-API-Hash", StatementAttachments.sha2(jws, 64));
    }

    @Test
    void aSignedStatementIsAcceptedWhenItsJwsPayloadIsTheStatement() throws Exception {
        JsonObject statement = json("{" + BASE + ",\"result\":{\"duration\":\"PT1.12S\"}}");
        for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512)) {
            byte[] jws = rsaJws(algorithm, statement.toString());
            assertDoesNotThrow(() -> StatementAttachments.match(List.of(signed(statement, jws)), List.of(signaturePart(jws))));
        }
        byte[] finerDuration = rsaJws(JWSAlgorithm.RS256, statement.toString().replace("PT1.12S", "PT1.1234S"));
        assertDoesNotThrow(() -> StatementAttachments.match(List.of(signed(statement, finerDuration)),
                List.of(signaturePart(finerDuration))), "durations compare to 0.01 s");
    }

    @Test
    void aSignatureThatDoesNotMatchIsRefused() throws Exception {
        JsonObject statement = json("{" + BASE + "}");
        byte[] otherStatement = rsaJws(JWSAlgorithm.RS256, statement.toString().replace("ola@x.no", "kari@x.no"));
        assertTrue(reason(() -> StatementAttachments.match(List.of(signed(statement, otherStatement)),
                List.of(signaturePart(otherStatement)))).contains("differs from the statement"));

        JWSObject hmac = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(statement.toString()));
        hmac.sign(new MACSigner(new byte[32]));
        byte[] hs256 = hmac.serialize().getBytes(StandardCharsets.US_ASCII);
        assertTrue(reason(() -> StatementAttachments.match(List.of(signed(statement, hs256)), List.of(signaturePart(hs256))))
                .contains("RS256, RS384 or RS512"));

        byte[] notJson = rsaJws(JWSAlgorithm.RS256, statement.toString().replaceFirst("\"", "'"));
        assertTrue(reason(() -> StatementAttachments.match(List.of(signed(statement, notJson)), List.of(signaturePart(notJson))))
                .contains("payload"));

        byte[] garbage = "not a jws".getBytes(StandardCharsets.US_ASCII);
        assertTrue(reason(() -> StatementAttachments.match(List.of(signed(statement, garbage)), List.of(signaturePart(garbage))))
                .contains("not a JWS"));

        byte[] good = rsaJws(JWSAlgorithm.RS256, statement.toString());
        JsonObject textPlain = json(signed(statement, good).toString().replace("application/octet-stream", "text/plain"));
        assertTrue(reason(() -> StatementAttachments.match(List.of(textPlain), List.of(signaturePart(good))))
                .contains("application/octet-stream"));
    }

    static byte[] concat(byte[]... arrays) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }
}
