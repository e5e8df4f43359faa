package no.laeringsarena.identity;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.FacesClient.Page;
import no.laeringsarena.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SCIM endpoint as a municipality's Entra ID or HR system uses it: raw RFC 7644 requests with a bearer token the
 * organisation administrator made on the page, people and units provisioned, bad requests refused with the RFC's
 * error body and nothing saved, and no reach into another organisation.
 */
@ExtendWith(ArquillianExtension.class)
class ScimIT {

    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record Answer(int status, String contentType, JsonObject body) {
        String text(String key) {
            return body.getString(key);
        }
    }

    private Answer scim(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("scim/v2/" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/scim+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/scim+json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body = response.body().isBlank() ? Json.createObjectBuilder().build()
                : Json.createReader(new StringReader(response.body())).readObject();
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
    }

    private static void assertScimError(Answer answer, int status, String scimType) {
        assertEquals(status, answer.status(), answer.body().toString());
        assertTrue(answer.contentType().startsWith("application/scim+json"), answer.contentType());
        assertEquals(ERROR_SCHEMA, answer.body().getJsonArray("schemas").getString(0));
        assertEquals(String.valueOf(status), answer.text("status"));
        if (scimType != null) {
            assertEquals(scimType, answer.text("scimType"), answer.body().toString());
        }
        assertFalse(answer.text("detail").isBlank());
    }

    private static String query(String filter) {
        return java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The administrator makes a token on organisasjon/scim.xhtml; it is shown once. */
    private String tokenFromThePage() throws Exception {
        FacesClient admin = new FacesClient(base.toURI(), "nb-NO,nb;q=0.9");
        admin.logIn("virksomhetsadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        Page page = admin.get("organisasjon/scim.xhtml");
        assertEquals(200, page.status());
        Page issued = admin.submit(page, "scim-token-form", Map.of("label", "Entra ID " + UUID.randomUUID()), "create");
        Matcher token = Pattern.compile("<code id=\"scim-token\">([^<]+)</code>").matcher(issued.body());
        assertTrue(token.find(), "the token is shown once after it is made");
        assertTrue(issued.contains("Entra ID"), "and listed among the active tokens");
        assertEquals(0, count("SELECT count(*) FROM scim_token WHERE token_hash = ?", token.group(1)),
                "the token itself is not stored");
        assertEquals(1, count("SELECT count(*) FROM scim_token WHERE token_hash = ?", Invitation.hash(token.group(1))));
        Page again = admin.get("organisasjon/scim.xhtml");
        assertFalse(again.contains(token.group(1)), "never shown again");
        return token.group(1);
    }

    @Test
    void anOrganisationsSystemProvisionsPeopleAndUnitsWithinItsOwnOrganisationOnly() throws Exception {
        assertScimError(scim("GET", "Users", null, null), 401, null);
        assertScimError(scim("GET", "Users", "not-a-token", null), 401, null);
        assertEquals(200, scim("GET", "ServiceProviderConfig", null, null).status(), "discovery is open");
        String token = tokenFromThePage();

        // create a person
        String email = "scim." + UUID.randomUUID() + "@demo-kommune.no";
        Answer created = scim("POST", "Users", token, Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("userName", email).add("externalId", "HR-" + email.hashCode())
                .add("name", Json.createObjectBuilder().add("givenName", "Siri").add("familyName", "Scim"))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", email).add("primary", true)))
                .add("active", true).build().toString());
        assertEquals(201, created.status(), created.body().toString());
        String id = created.text("id");
        assertEquals(email, created.text("userName"));
        assertEquals("Siri Scim", created.text("displayName"));
        assertTrue(created.body().getBoolean("active"));
        assertEquals(1, count("SELECT count(*) FROM user_account u JOIN organisation o ON o.id = u.organisation_id "
                + "WHERE u.email = ? AND o.organisasjonsnummer = '999999980'", email), "in the token's organisation");

        // the same userName again is a uniqueness conflict, and nothing more is saved
        Answer duplicate = scim("POST", "Users", token, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\""
                + email.toUpperCase() + "\"}");
        assertScimError(duplicate, 409, "uniqueness");
        assertScimError(scim("POST", "Users", token, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\""
                + "virksomhetsadmin@demo.laeringsarena.no\"}"), 409, "uniqueness");

        // find them as Entra ID does before it creates anyone
        Answer found = scim("GET", "Users?filter=" + query("userName eq \"" + email + "\""), token, null);
        assertEquals(200, found.status());
        assertEquals(1, found.body().getInt("totalResults"));
        assertEquals(id, found.body().getJsonArray("Resources").getJsonObject(0).getString("id"));
        Answer byExternalId = scim("GET", "Users?filter=" + query("externalId eq \"HR-" + email.hashCode() + "\""), token, null);
        assertEquals(1, byExternalId.body().getInt("totalResults"));
        Answer paged = scim("GET", "Users?startIndex=2&count=1", token, null);
        assertEquals(1, paged.body().getJsonArray("Resources").size());
        assertEquals(2, paged.body().getInt("startIndex"));
        assertTrue(paged.body().getInt("totalResults") > 2, "the demo organisation's people are all counted");

        // give them a password to show that deactivation locks them out
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE email = "
                        + "'deltaker@demo.laeringsarena.no') WHERE email = ?")) {
            st.setString(1, email);
            assertEquals(1, st.executeUpdate());
        }
        Page before = new FacesClient(base.toURI(), "nb-NO").logIn(email, DemoData.PASSWORD);
        assertTrue(before.uri().getPath().endsWith("min-side.xhtml"), "logs in while active: " + before.uri());

        Answer deactivated = scim("PATCH", "Users/" + id, token, "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],"
                + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
        assertEquals(200, deactivated.status(), deactivated.body().toString());
        assertFalse(deactivated.body().getBoolean("active"));
        Page after = new FacesClient(base.toURI(), "nb-NO").logIn(email, DemoData.PASSWORD);
        assertFalse(after.uri().getPath().endsWith("min-side.xhtml"), "a deactivated account cannot log in");
        assertTrue(after.contains("Feil e-postadresse eller passord"));

        // a unit (group) with the person as member
        String unitName = "SCIM-enhet " + UUID.randomUUID().toString().substring(0, 8);
        Answer group = scim("POST", "Groups", token, "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\""
                + unitName + "\"}");
        assertEquals(201, group.status(), group.body().toString());
        String groupId = group.text("id");
        Answer withMember = scim("PATCH", "Groups/" + groupId, token, "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],"
                + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}]}");
        assertEquals(200, withMember.status(), withMember.body().toString());
        assertEquals(id, withMember.body().getJsonArray("members").getJsonObject(0).getString("value"));
        assertEquals(unitName, scim("GET", "Users/" + id, token, null).body().getJsonArray("groups")
                .getJsonObject(0).getString("display"), "the person's groups show the unit");
        assertEquals(1, count("SELECT count(*) FROM user_account u JOIN organisation_unit n ON n.id = u.unit_id "
                + "WHERE u.email = ? AND n.name = ?", email, unitName), "placed in the unit, as on the staff page");
        assertScimError(scim("POST", "Groups", token, "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\""
                + unitName.toUpperCase() + "\"}"), 409, "uniqueness");

        // bad payloads: 400 with the scimType, nothing saved
        long people = count("SELECT count(*) FROM user_account");
        assertScimError(scim("POST", "Users", token, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"displayName\":\"Uten brukernavn\"}"),
                400, "invalidValue");
        assertScimError(scim("POST", "Users", token, "{\"schemas\":[\"urn:example:NotAUser\"],\"userName\":\"ny.person@demo-kommune.no\"}"),
                400, "invalidValue");
        assertScimError(scim("POST", "Users", token, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"01017012345\"}"),
                400, "invalidValue");
        assertScimError(scim("POST", "Users", token, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"fnr.person@demo-kommune.no\","
                + "\"externalId\":\"010170 12345\"}"), 400, "invalidValue");
        assertScimError(scim("POST", "Users", token, "{not json"), 400, "invalidSyntax");
        assertScimError(scim("GET", "Users?filter=" + query("userName co \"scim\""), token, null), 400, "invalidFilter");
        assertScimError(scim("GET", "Users?filter=" + query("userName eq"), token, null), 400, "invalidFilter");
        assertScimError(scim("PATCH", "Users/" + id, token, "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":["
                + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Halvveis Lagret\"},"
                + "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"ikke-en-epost\"}]}"), 400, "invalidValue");
        assertEquals("Siri Scim", scim("GET", "Users/" + id, token, null).text("displayName"), "no half-applied PATCH");
        assertEquals(people, count("SELECT count(*) FROM user_account"), "no one saved by a refused request");
        assertScimError(scim("GET", "Users/999999999", token, null), 404, null);

        // another organisation's token sees nothing of this one
        String otherToken = "scim_it_" + UUID.randomUUID();
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "INSERT INTO scim_token (organisation_id, token_hash, label) SELECT id, ?, 'IT' FROM organisation "
                        + "WHERE organisasjonsnummer = '999999972'")) {
            st.setString(1, Invitation.hash(otherToken));
            assertEquals(1, st.executeUpdate());
        }
        assertScimError(scim("GET", "Users/" + id, otherToken, null), 404, null);
        assertScimError(scim("PATCH", "Users/" + id, otherToken, "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":true}]}"), 404, null);
        assertScimError(scim("DELETE", "Users/" + id, otherToken, null), 404, null);
        assertScimError(scim("GET", "Groups/" + groupId, otherToken, null), 404, null);
        assertEquals(0, scim("GET", "Users?filter=" + query("userName eq \"" + email + "\""), otherToken, null)
                .body().getInt("totalResults"));
        assertScimError(scim("POST", "Users", otherToken, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + email + "\"}"),
                409, "uniqueness");
        assertEquals(1, count("SELECT count(*) FROM user_account u JOIN organisation o ON o.id = u.organisation_id "
                + "WHERE u.email = ? AND o.organisasjonsnummer = '999999980'", email), "never moved");

        // DELETE deactivates; nothing is erased
        Answer reactivated = scim("PUT", "Users/" + id, token, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\""
                + email + "\",\"displayName\":\"Siri Scim\",\"active\":true}");
        assertTrue(reactivated.body().getBoolean("active"), reactivated.body().toString());
        assertEquals(204, scim("DELETE", "Users/" + id, token, null).status());
        Answer gone = scim("GET", "Users/" + id, token, null);
        assertEquals(200, gone.status(), "still there, deactivated");
        assertFalse(gone.body().getBoolean("active"));

        // a revoked token opens nothing
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "UPDATE scim_token SET revoked_at = now() WHERE token_hash = ?")) {
            st.setString(1, Invitation.hash(otherToken));
            st.executeUpdate();
        }
        assertScimError(scim("GET", "Users", otherToken, null), 401, null);
        assertNotNull(URI.create(gone.body().getJsonObject("meta").getString("location")));
    }
}
