package no.laeringsarena.learningrecord;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in LRS over HTTP on a real Payara and PostgreSQL, as an xAPI client sees it: version header and
 * authentication rules, atomic batches, queries with paging, voiding, PUT conflicts, documents with ETags, About,
 * and a learner's statements on "Min læringshistorikk" and in its export.
 */
@ExtendWith(ArquillianExtension.class)
class LrsIT {

    static final String KEY = "it-bootstrap";
    static final String SECRET = "it-bootstrap-hemmelighet-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    // --- helpers ---

    private URI xapi(String path) throws Exception {
        return base.toURI().resolve("xapi/" + path);
    }

    private HttpRequest.Builder request(String path, String key, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(xapi(path)).header("X-Experience-API-Version", "2.0.0");
        if (key != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private HttpRequest.Builder request(String path) throws Exception {
        return request(path, KEY, SECRET);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String statement(String actorMbox, String verb, String activity) {
        return "{\"actor\":{\"mbox\":\"mailto:" + actorMbox + "\"},\"verb\":{\"id\":\"" + verb
                + "\",\"display\":{\"nb-NO\":\"fullførte\"}},\"object\":{\"id\":\"" + activity + "\"}}";
    }

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    // --- tests ---

    @Test
    void versionHeaderIsRequiredAndReturned() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(xapi("statements")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes())).GET());
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("X-Experience-API-Version"), none.body());
        assertEquals("2.0.0", none.headers().firstValue("X-Experience-API-Version").orElse(""));
        HttpResponse<String> old = send(request("statements").setHeader("X-Experience-API-Version", "0.95").GET());
        assertEquals(400, old.statusCode());
        for (String accepted : new String[]{"1.0", "1.0.3", "2.0.0"}) {
            HttpResponse<String> ok = send(request("statements").setHeader("X-Experience-API-Version", accepted).GET());
            assertEquals(200, ok.statusCode(), accepted);
            assertEquals(accepted.startsWith("1.0") ? "1.0.3" : "2.0.0",
                    ok.headers().firstValue("X-Experience-API-Version").orElse(""), "a 1.0 client is answered as 1.0.3");
            assertTrue(ok.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
            assertTrue(ok.headers().firstValue("Date").isPresent(), "clients compare Consistent-Through with Date");
        }
    }

    // --- attachments, signatures, formats, group members ---

    static final String BOUNDARY = "it-boundary-" + UUID.randomUUID();

    static String sha256(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    static String withAttachment(String statement, String usage, String contentType, byte[] data) throws Exception {
        return statement.substring(0, statement.length() - 1) + ",\"attachments\":[{\"usageType\":\"" + usage + "\","
                + "\"display\":{\"nb\":\"Vedlegg\"},\"contentType\":\"" + contentType + "\",\"length\":" + data.length
                + ",\"sha2\":\"" + sha256(data) + "\"}]}";
    }

    /** multipart/mixed: the JSON part, then each attachment part (data with its X-Experience-API-Hash). */
    static byte[] multipart(String json, String encoding, String hash, byte[]... attachments) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (byte[] data : attachments) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: " + encoding
                    + "\r\nX-Experience-API-Hash: " + (hash != null ? hash : sha256(data)) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(data);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> postMultipart(byte[] body) throws Exception {
        return send(request("statements").header("Content-Type", "multipart/mixed; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void attachmentsTravelAsMultipartAndComeBackWithAttachmentsTrue() throws Exception {
        byte[] certificate = ("Kursbevis " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String id = UUID.randomUUID().toString();
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String s = withAttachment(statement("vedlegg@kommune.no", COMPLETED, activity).replace("{\"actor\"", "{\"id\":\"" + id + "\",\"actor\""),
                "http://id.tincanapi.com/attachment/certificate-of-completion", "text/plain", certificate);

        HttpResponse<String> stored = postMultipart(multipart(s, "binary", null, certificate));
        assertEquals(200, stored.statusCode(), stored.body());

        HttpResponse<String> json = get("statements?statementId=" + id);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<byte[]> multi = http.send(request("statements?statementId=" + id + "&attachments=true").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, multi.statusCode());
        String type = multi.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("multipart/mixed") && type.contains("boundary="), type);
        String body = new String(multi.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("Content-Type: application/json"), body);
        assertTrue(body.contains("\"id\":\"" + id + "\""), body);
        assertTrue(body.contains("X-Experience-API-Hash: " + sha256(certificate)), body);
        assertTrue(body.contains("Content-Transfer-Encoding: binary"), body);
        assertTrue(body.contains(new String(certificate, StandardCharsets.UTF_8)), "the attachment data comes back");

        HttpResponse<byte[]> query = http.send(request("statements?activity=" + q(activity) + "&attachments=true").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(new String(query.body(), StandardCharsets.UTF_8).contains(new String(certificate, StandardCharsets.UTF_8)));
    }

    @Test
    void attachmentsWithoutTheirDataOrWithTheWrongHashStoreNothing() throws Exception {
        byte[] data = ("data " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String good = statement("ola@kommune.no", COMPLETED, activity);
        String withData = withAttachment(good, "http://it.example/usage", "text/plain", data);

        HttpResponse<String> asJson = post("statements", "[" + good + "," + withData + "]");
        assertEquals(400, asJson.statusCode(), "raw data needs multipart/mixed");
        assertTrue(asJson.body().contains("multipart/mixed"), asJson.body());
        HttpResponse<String> wrongHash = postMultipart(multipart("[" + good + "," + withData + "]", "binary", sha256(new byte[]{1}), data));
        assertEquals(400, wrongHash.statusCode(), wrongHash.body());
        HttpResponse<String> base64 = postMultipart(multipart("[" + good + "," + withData + "]", "base64", null, data));
        assertEquals(400, base64.statusCode());
        assertTrue(base64.body().contains("binary"), base64.body());
        HttpResponse<String> extraPart = postMultipart(multipart("[" + good + "]", "binary", null, data));
        assertEquals(400, extraPart.statusCode(), "a part that is no attachment of the statements");
        assertEquals(0, count("SELECT count(*) FROM xapi_statement WHERE object_activity_id = ?", activity), "nothing stored");
        assertEquals(0, count("SELECT count(*) FROM xapi_attachment WHERE sha2 = ?", sha256(data)), "no attachment kept");
    }

    private static byte[] sign(String statement, java.security.PrivateKey key) throws Exception {
        com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(
                new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256), new com.nimbusds.jose.Payload(statement));
        jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jws.serialize().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void signedStatementsAreStoredOnlyWhenTheSignatureIsOfTheStatement() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.PrivateKey key = generator.generateKeyPair().getPrivate();
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String s = statement("signert@kommune.no", COMPLETED, activity);
        String signature = "http://adlnet.gov/expapi/attachments/signature";

        byte[] jws = sign(s, key);
        HttpResponse<String> stored = postMultipart(multipart(withAttachment(s, signature, "application/octet-stream", jws), "binary", null, jws));
        assertEquals(200, stored.statusCode(), stored.body());

        byte[] ofAnother = sign(s.replace("signert@", "annen@"), key);
        HttpResponse<String> mismatch = postMultipart(multipart(withAttachment(s, signature, "application/octet-stream", ofAnother),
                "binary", null, ofAnother));
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains("differs"), mismatch.body());
        assertEquals(1, count("SELECT count(*) FROM xapi_statement WHERE object_activity_id = ?", activity), "only the good one");
    }

    @Test
    void canonicalFormatAnswersInTheCallersLanguage() throws Exception {
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        assertEquals(204, put("statements?statementId=" + id, "{\"actor\":{\"mbox\":\"mailto:sprak@kommune.no\"},"
                + "\"verb\":{\"id\":\"" + COMPLETED + "\",\"display\":{\"nb-NO\":\"fullførte\",\"en-US\":\"completed\"}},"
                + "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"nb-NO\":\"Personvern\"}}}}").statusCode());
        post("statements", "{\"actor\":{\"mbox\":\"mailto:sprak@kommune.no\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en-US\":\"Privacy\"}}}}");

        JsonObject english = json(send(request("statements?statementId=" + id + "&format=canonical")
                .header("Accept-Language", "en-GB, en;q=0.8").GET()).body()).asJsonObject();
        assertEquals("{\"en-US\":\"completed\"}", english.getJsonObject("verb").getJsonObject("display").toString());
        assertEquals("{\"en-US\":\"Privacy\"}", english.getJsonObject("object").getJsonObject("definition")
                .getJsonObject("name").toString(), "the LRS's definition has both languages; one is chosen");
        JsonObject norwegian = json(send(request("statements?statementId=" + id + "&format=canonical")
                .header("Accept-Language", "nb-NO").GET()).body()).asJsonObject();
        assertEquals("{\"nb-NO\":\"fullførte\"}", norwegian.getJsonObject("verb").getJsonObject("display").toString());
        JsonObject exact = json(get("statements?statementId=" + id).body()).asJsonObject();
        assertEquals(2, exact.getJsonObject("verb").getJsonObject("display").size(), "exact is as received");

        JsonObject definition = json(get("activities?activityId=" + q(activity)).body()).asJsonObject().getJsonObject("definition");
        assertEquals(2, definition.getJsonObject("name").size(), "the activity gathers the languages of both statements");
    }

    @Test
    void theAgentFilterMatchesMembersOfAGroup() throws Exception {
        String member = "medlem." + UUID.randomUUID() + "@kommune.no";
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String byGroup = "{\"actor\":{\"objectType\":\"Group\",\"name\":\"Team\",\"member\":[{\"mbox\":\"mailto:" + member
                + "\"},{\"mbox\":\"mailto:annen@kommune.no\"}]},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
        assertEquals(200, post("statements", byGroup).statusCode());
        JsonArray found = json(get("statements?agent=" + q("{\"mbox\":\"mailto:" + member + "\"}")).body())
                .asJsonObject().getJsonArray("statements");
        assertEquals(1, found.size(), "a group with the agent as member is the agent's statement");
        JsonObject single = json(get("statements?activity=" + q(activity)).body()).asJsonObject();
        assertEquals(1, single.getJsonArray("statements").size());
    }

    @Test
    void filtersReachStatementsThatTargetAMatchingStatement() throws Exception {
        String verb = "https://it.example/verbs/" + UUID.randomUUID();
        String target = UUID.randomUUID().toString();
        String ref = UUID.randomUUID().toString();
        assertEquals(204, put("statements?statementId=" + target, statement("ref@kommune.no", verb, "https://it.example/a")).statusCode());
        assertEquals(204, put("statements?statementId=" + ref, "{\"actor\":{\"mbox\":\"mailto:annen@kommune.no\"},"
                + "\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}").statusCode());
        assertEquals(200, post("statements", "{\"actor\":{\"mbox\":\"mailto:admin@kommune.no\"},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}").statusCode());
        JsonArray found = json(get("statements?verb=" + q(verb)).body()).asJsonObject().getJsonArray("statements");
        assertEquals(2, found.size(), "the statement referring to it and the voiding statement, not the voided target");
        Set<String> ids = new HashSet<>();
        found.forEach(f -> ids.add(f.asJsonObject().getString("id")));
        assertTrue(ids.contains(ref) && !ids.contains(target), ids.toString());

        HttpResponse<String> refused = get("statements?statementId=" + target + "&verb=" + q(verb));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("X-Experience-API-Consistent-Through").isPresent(), "also on errors");
        assertTrue(get("statements?statementId=" + target).headers().firstValue("X-Experience-API-Consistent-Through").isPresent(),
                "also on 404");
    }

    @Test
    void alternateRequestSyntaxIsFor10ClientsOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        String auth = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        String form = "statementId=" + id + "&content=" + q(statement("alternativ@kommune.no", COMPLETED, "https://it.example/alt"))
                + "&Authorization=" + q(auth) + "&X-Experience-API-Version=1.0.3";
        HttpResponse<String> put = send(HttpRequest.newBuilder(xapi("statements?method=PUT"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(204, put.statusCode(), put.body());
        HttpResponse<String> get = send(HttpRequest.newBuilder(xapi("statements?method=GET"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("statementId=" + id + "&Authorization=" + q(auth) + "&X-Experience-API-Version=1.0.3")));
        assertEquals(200, get.statusCode(), get.body());
        assertEquals(id, json(get.body()).asJsonObject().getString("id"));
        HttpResponse<String> as20 = send(HttpRequest.newBuilder(xapi("statements?method=GET"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("statementId=" + id + "&Authorization=" + q(auth) + "&X-Experience-API-Version=2.0.0")));
        assertEquals(400, as20.statusCode(), "xAPI 2.0 has no alternate request syntax");
    }

    @Test
    void credentialsAreRequiredAndRevokedClientsRefused() throws Exception {
        HttpResponse<String> anonymous = send(request("statements", null, null).GET());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, send(request("statements", KEY, "feil").GET()).statusCode());

        String revokedKey = "revoked-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password")); PreparedStatement st = db.prepareStatement(
                "INSERT INTO lrs_client (client_key, name, secret_hash, scopes, revoked) SELECT ?, 'Revoked', secret_hash, 'all', true FROM lrs_client WHERE client_key = ?")) {
            st.setString(1, revokedKey);
            st.setString(2, KEY);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals(401, send(request("statements", revokedKey, SECRET).GET()).statusCode(), "same secret, but revoked");
    }

    @Test
    void aBatchIsStoredWhollyOrNotAtAll() throws Exception {
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String good = statement("ola@kommune.no", COMPLETED, activity);
        String bad = "{\"actor\":{\"mbox\":\"ola@kommune.no\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
        HttpResponse<String> refused = post("statements", "[" + good + "," + bad + "]");
        assertEquals(400, refused.statusCode());
        JsonObject error = json(refused.body()).asJsonObject();
        assertEquals("bad_request", error.getString("error"));
        assertTrue(error.getString("message").contains("statement [1]") && error.getString("message").contains("mailto:"), refused.body());
        assertEquals(0, count("SELECT count(*) FROM xapi_statement WHERE object_activity_id = ?", activity), "nothing stored");

        HttpResponse<String> stored = post("statements", "[" + good + "," + good + "]");
        assertEquals(200, stored.statusCode(), stored.body());
        JsonArray ids = json(stored.body()).asJsonArray();
        assertEquals(2, ids.size());
        JsonObject one = json(get("statements?statementId=" + ids.getString(0)).body()).asJsonObject();
        assertEquals(ids.getString(0), one.getString("id"));
        assertNotNull(one.getString("stored"));
        assertEquals("2.0.0", one.getString("version"));
        assertEquals(KEY, one.getJsonObject("authority").getJsonObject("account").getString("name"), "the client is the authority");
    }

    @Test
    void filtersAndPagingWithMore() throws Exception {
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        String mbox = "paging." + UUID.randomUUID() + "@kommune.no";
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            batch.append(i == 0 ? "" : ",").append(statement(mbox, COMPLETED, activity));
        }
        assertEquals(200, post("statements", batch.append("]").toString()).statusCode());
        post("statements", statement(mbox, "http://adlnet.gov/expapi/verbs/passed", activity));

        String agent = q("{\"mbox\":\"mailto:" + mbox + "\"}");
        Set<String> seen = new HashSet<>();
        HttpResponse<String> first = get("statements?agent=" + agent + "&verb=" + q(COMPLETED) + "&limit=2");
        assertEquals(200, first.statusCode(), first.body());
        JsonObject page = json(first.body()).asJsonObject();
        int pages = 1;
        page.getJsonArray("statements").forEach(s -> seen.add(s.asJsonObject().getString("id")));
        while (!page.getString("more").isEmpty()) {
            String more = page.getString("more");
            assertTrue(more.startsWith("/"), "more is a path on this server: " + more);
            HttpResponse<String> next = send(HttpRequest.newBuilder(base.toURI().resolve(more))
                    .header("X-Experience-API-Version", "2.0.0")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes())).GET());
            assertEquals(200, next.statusCode(), next.body());
            page = json(next.body()).asJsonObject();
            page.getJsonArray("statements").forEach(s -> seen.add(s.asJsonObject().getString("id")));
            pages++;
        }
        assertEquals(5, seen.size(), "all five completed statements, each once, over the pages");
        assertEquals(3, pages);
        assertEquals(6, json(get("statements?activity=" + q(activity)).body()).asJsonObject().getJsonArray("statements").size());
        JsonArray ids = json(get("statements?activity=" + q(activity) + "&format=ids&ascending=true").body())
                .asJsonObject().getJsonArray("statements");
        assertFalse(ids.getJsonObject(0).getJsonObject("verb").containsKey("display"), "ids format");
        assertEquals(400, get("statements?Activity=" + q(activity)).statusCode(), "parameter names are case-sensitive");
        assertEquals(400, get("statements?foo=bar").statusCode());
    }

    @Test
    void voidingHidesTheStatementExceptByVoidedStatementId() throws Exception {
        String id = UUID.randomUUID().toString();
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        assertEquals(204, put("statements?statementId=" + id, statement("void@kommune.no", COMPLETED, activity)).statusCode());
        String voidingId = UUID.randomUUID().toString();
        String voiding = "{\"id\":\"" + voidingId + "\",\"actor\":{\"mbox\":\"mailto:admin@kommune.no\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + id + "\"}}";
        assertEquals(200, post("statements", voiding).statusCode());

        assertEquals(404, get("statements?statementId=" + id).statusCode());
        HttpResponse<String> voided = get("statements?voidedStatementId=" + id);
        assertEquals(200, voided.statusCode());
        assertEquals(id, json(voided.body()).asJsonObject().getString("id"));
        assertTrue(voided.headers().firstValue("Last-Modified").isPresent());
        JsonArray byActivity = json(get("statements?activity=" + q(activity)).body()).asJsonObject().getJsonArray("statements");
        assertEquals(1, byActivity.size(), "voided statements are not in query results");
        assertEquals(voidingId, byActivity.getJsonObject(0).getString("id"),
                "but the voiding statement is: it targets a statement about the activity");
        assertEquals(200, get("statements?statementId=" + voidingId).statusCode(), "the voiding statement itself is returned");

        String voidTheVoider = voiding.replace(voidingId, UUID.randomUUID().toString()).replace(id, voidingId);
        HttpResponse<String> refused = post("statements", voidTheVoider);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("cannot be voided"));
    }

    @Test
    void putIsIdempotentAndConflictsOnDifferentContent() throws Exception {
        String id = UUID.randomUUID().toString();
        String s = statement("put@kommune.no", COMPLETED, "https://it.example/activities/put");
        assertEquals(204, put("statements?statementId=" + id, s).statusCode());
        assertEquals(204, put("statements?statementId=" + id, s).statusCode(), "same statement again");
        HttpResponse<String> conflict = put("statements?statementId=" + id, s.replace("put@", "other@"));
        assertEquals(409, conflict.statusCode());
        assertEquals(1, count("SELECT count(*) FROM xapi_statement WHERE id = CAST(? AS uuid)", id));
        assertEquals(400, put("statements", s).statusCode(), "statementId is required");
        HttpResponse<String> head = send(request("statements?statementId=" + id).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertTrue(head.body().isEmpty());
    }

    @Test
    void documentsWithEtagsAndConcurrency() throws Exception {
        String activity = q("https://it.example/activities/" + UUID.randomUUID());
        String agent = q("{\"mbox\":\"mailto:state@kommune.no\"}");
        String state = "activities/state?activityId=" + activity + "&agent=" + agent + "&stateId=bookmark";
        assertEquals(204, put(state, "{\"x\":\"foo\",\"y\":\"bar\"}").statusCode());
        assertEquals(204, post(state, "{\"x\":\"bash\",\"z\":\"faz\"}").statusCode());
        HttpResponse<String> merged = get(state);
        assertEquals(json("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\"}"), json(merged.body()));
        assertTrue(merged.headers().firstValue("ETag").orElse("").matches("\"[0-9a-f]{40}\""));
        assertEquals("[\"bookmark\"]", get("activities/state?activityId=" + activity + "&agent=" + agent).body());
        HttpResponse<String> overwrite = put(state, "{\"x\":\"ny\"}");
        assertEquals(409, overwrite.statusCode(), "xAPI 2.0: PUT over an existing state needs If-Match");
        assertTrue(overwrite.body().contains("If-Match"), overwrite.body());
        assertEquals(204, send(request(state).setHeader("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"x\":\"1.0\"}"))).statusCode(), "a 1.0.3 client may overwrite a state");
        assertEquals(400, post(state, "{\"x\":1}{").statusCode(), "a JSON object followed by more text is not JSON");
        assertEquals(json("{\"x\":\"1.0\"}"), json(get(state).body()));

        String profile = "activities/profile?activityId=" + activity + "&profileId=settings";
        assertEquals(204, send(request(profile).header("Content-Type", "application/json").header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))).statusCode());
        String etag = get(profile).headers().firstValue("ETag").orElseThrow();
        assertEquals(409, put(profile, "{\"a\":2}").statusCode(), "PUT over an existing profile without If-Match");
        assertEquals(412, send(request(profile).header("Content-Type", "application/json").header("If-Match", "\"0000\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode());
        assertEquals(412, send(request(profile).header("Content-Type", "application/json").header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode());
        assertEquals(204, send(request(profile).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode());
        assertEquals("{\"a\":2}", get(profile).body());

        String agentProfile = "agents/profile?agent=" + agent + "&profileId=cv";
        assertEquals(204, send(request(agentProfile).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("hei"))).statusCode());
        assertEquals(400, post(agentProfile, "{\"a\":1}").statusCode(), "POST cannot merge into a non-JSON document");
        assertEquals(204, send(request(agentProfile).DELETE()).statusCode());
        assertEquals(404, get(agentProfile).statusCode());
        assertEquals(400, get("activities/state?activityId=" + activity).statusCode(), "agent is required");
    }

    @Test
    void aboutActivitiesAndAgents() throws Exception {
        HttpResponse<String> about = send(HttpRequest.newBuilder(xapi("about")).GET());
        assertEquals(200, about.statusCode(), "About needs neither credentials nor version header");
        assertTrue(json(about.body()).asJsonObject().getJsonArray("version").contains(Json.createValue("2.0.0")));
        String activity = "https://it.example/activities/" + UUID.randomUUID();
        post("statements", "{\"actor\":{\"mbox\":\"mailto:def@kommune.no\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"nb-NO\":\"Kurs i arkiv\"}}}}");
        JsonObject definition = json(get("activities?activityId=" + q(activity)).body()).asJsonObject().getJsonObject("definition");
        assertEquals("Kurs i arkiv", definition.getJsonObject("name").getString("nb-NO"));
        JsonObject person = json(get("agents?agent=" + q("{\"mbox\":\"mailto:def@kommune.no\"}")).body()).asJsonObject();
        assertEquals("Person", person.getString("objectType"));
    }

    @Test
    void myLearningHistoryShowsMyStatementsInPlainNorwegianAndExportsThem() throws Exception {
        String email = DemoData.USERS.get(0).email();
        UUID pseudonym = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password")); PreparedStatement st = db.prepareStatement(
                "INSERT INTO learner_pseudonym (user_id, pseudonym) SELECT id, CAST(? AS uuid) FROM user_account WHERE email = ? "
                        + "ON CONFLICT (user_id) DO NOTHING")) {
            st.setString(1, pseudonym.toString());
            st.setString(2, email);
            st.executeUpdate();
        }
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password")); PreparedStatement st = db.prepareStatement(
                "SELECT p.pseudonym::text FROM learner_pseudonym p JOIN user_account u ON u.id = p.user_id WHERE u.email = ?")) {
            st.setString(1, email);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                pseudonym = UUID.fromString(rs.getString(1));
            }
        }
        String home = "http://localhost:8080";
        String course = "{\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + pseudonym + "\"}},"
                + "\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + home + "/xapi/activities/course/arkiv-101\","
                + "\"definition\":{\"name\":{\"nb-NO\":\"Arkiv for nybegynnere\"}}}}";
        String test = "{\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + pseudonym + "\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"},\"object\":{\"id\":\"" + home + "/xapi/activities/test/arkiv-test\","
                + "\"definition\":{\"name\":{\"nb-NO\":\"Arkivtesten\"}}},\"result\":{\"success\":true,\"score\":{\"raw\":9,\"min\":0,\"max\":10}}}";
        assertEquals(200, post("statements", "[" + course + "," + test + "]").statusCode());

        FacesClient browser = new FacesClient(base.toURI(), "nb-NO,nb;q=0.9");
        browser.logIn(email, DemoData.PASSWORD);
        FacesClient.Page mine = browser.get("min-side.xhtml");
        assertTrue(mine.contains("laeringshistorikk"), "Min side links to the history");
        FacesClient.Page history = browser.get("min-side/laeringshistorikk.xhtml");
        assertEquals(200, history.status());
        assertTrue(history.contains("Du fullførte kurset «Arkiv for nybegynnere»"), history.body());
        assertTrue(history.contains("Du bestod testen «Arkivtesten»"));
        assertTrue(history.contains("9 av 10 poeng"));
        assertTrue(history.body().indexOf("Arkivtesten") < history.body().indexOf("Arkiv for nybegynnere"), "newest first");

        FacesClient.Page export = browser.get("min-side/laeringshistorikk.json");
        assertEquals(200, export.status());
        JsonArray exported = json(export.body()).asJsonArray();
        assertTrue(exported.size() >= 2);
        assertTrue(export.body().contains(pseudonym.toString()));

        FacesClient.Page guest = new FacesClient(base.toURI(), "nb-NO").get("min-side/laeringshistorikk.json");
        assertFalse(guest.body().contains(pseudonym.toString()), "guests are sent to the login page");
    }
}
