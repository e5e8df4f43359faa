package no.laeringsarena.identity.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScimPatchTest {

    private static final ScimUser KARI = new ScimUser("kari@kommune.no", "Kari Nordmann", "HR-1", true);

    private static JsonObject patch(String operations) {
        return Json.createReader(new StringReader("{\"schemas\":[\"" + ScimSchemas.PATCH_OP + "\"],\"Operations\":"
                + operations + "}")).readObject();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static ScimException refusal(Runnable call) {
        ScimException e = assertThrows(ScimException.class, call::run);
        assertEquals(400, e.status());
        return e;
    }

    @Test
    void replaceActiveFalseDeactivatesAlsoAsEntraSendsIt() {
        assertFalse(ScimPatch.applyToUser(KARI, patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]")).active());
        assertFalse(ScimPatch.applyToUser(KARI, patch("[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]")).active());
        assertFalse(ScimPatch.applyToUser(KARI, patch("[{\"op\":\"replace\",\"value\":{\"active\":false}}]")).active());
    }

    @Test
    void operationsApplyInOrderToNameEmailAndExternalId() {
        ScimUser changed = ScimPatch.applyToUser(KARI, patch("""
                [{"op":"replace","path":"name.formatted","value":"Kari Nordmann Berg"},
                 {"op":"replace","path":"emails[type eq \\"work\\"].value","value":"kari.berg@kommune.no"},
                 {"op":"add","path":"externalId","value":"HR-2"},
                 {"op":"remove","path":"externalId"}]"""));
        assertEquals(new ScimUser("kari.berg@kommune.no", "Kari Nordmann Berg", null, true), changed);
        assertEquals("Kari", ScimPatch.applyToUser(KARI,
                patch("[{\"op\":\"replace\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:User:displayName\",\"value\":\"Kari\"}]"))
                .displayName());
    }

    @Test
    void badPatchesAreRefusedWithTheirScimType() {
        assertEquals("invalidSyntax", refusal(() -> ScimPatch.applyToUser(KARI, patch("[{\"op\":\"move\",\"path\":\"active\",\"value\":true}]"))).scimType());
        assertEquals("invalidSyntax", refusal(() -> ScimPatch.applyToUser(KARI, patch("[]"))).scimType());
        assertEquals("invalidPath", refusal(() -> ScimPatch.applyToUser(KARI, patch("[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"x\"}]"))).scimType());
        assertEquals("mutability", refusal(() -> ScimPatch.applyToUser(KARI, patch("[{\"op\":\"remove\",\"path\":\"userName\"}]"))).scimType());
        assertEquals("invalidValue", refusal(() -> ScimPatch.applyToUser(KARI, patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"kanskje\"}]"))).scimType());
        assertEquals("invalidValue", refusal(() -> ScimPatch.applyToUser(KARI,
                json("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"Operations\":[]}"))).scimType(), "wrong schema");
    }

    @Test
    void theResultIsValidatedAsAWholeAndNeverCarriesAFodselsnummer() {
        ScimUser withId = ScimPatch.applyToUser(KARI, patch("[{\"op\":\"replace\",\"path\":\"externalId\",\"value\":\"01017012345\"}]"));
        assertEquals("invalidValue", refusal(withId::validated).scimType());
        assertTrue(ScimUser.looksLikeNationalIdentityNumber("010170 12345"));
        assertTrue(ScimUser.looksLikeNationalIdentityNumber("01017012345@kommune.no"));
        assertFalse(ScimUser.looksLikeNationalIdentityNumber("HR-0101701234"));
        assertFalse(ScimUser.looksLikeNationalIdentityNumber("010170123456"));
        ScimUser notAnEmail = ScimPatch.applyToUser(KARI, patch("[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"kari\"}]"));
        refusal(notAnEmail::validated);
    }

    @Test
    void aFullUserNeedsTheSchemaAndAUserName() {
        ScimUser created = ScimUser.fromResource(json("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":" Ola@Kommune.NO ",
                 "name":{"givenName":"Ola","familyName":"Nordmann"},"externalId":"E-9"}"""));
        assertEquals(new ScimUser("ola@kommune.no", "Ola Nordmann", "E-9", true), created);
        assertEquals("invalidValue", refusal(() -> ScimUser.fromResource(json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"displayName\":\"Ola\"}"))).scimType());
        refusal(() -> ScimUser.fromResource(json("{\"schemas\":[\"urn:example:Other\"],\"userName\":\"ola@kommune.no\"}")));
        refusal(() -> ScimUser.fromResource(json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"12345678901\"}")));
    }

    @Test
    void groupPatchesAddRemoveAndReplaceMembers() {
        ScimPatch.GroupChanges changes = ScimPatch.applyToGroup(patch("""
                [{"op":"add","path":"members","value":[{"value":"1"},{"value":"2"}]},
                 {"op":"remove","path":"members[value eq \\"2\\"]"},
                 {"op":"Remove","path":"members","value":[{"value":"3"}]},
                 {"op":"replace","path":"displayName","value":"Sykehjem Sør"}]"""));
        assertEquals("Sykehjem Sør", changes.newName());
        assertEquals(Set.of("1"), changes.addMembers());
        assertEquals(Set.of("2", "3"), changes.removeMembers());
        assertFalse(changes.removeAllMembers());

        ScimPatch.GroupChanges replaced = ScimPatch.applyToGroup(patch(
                "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"7\"}]}]"));
        assertTrue(replaced.removeAllMembers());
        assertEquals(Set.of("7"), replaced.addMembers());
        assertNull(replaced.newName());

        assertEquals("invalidValue", refusal(() -> ScimPatch.applyToGroup(patch(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":\"7\"}]"))).scimType());
        assertEquals("invalidPath", refusal(() -> ScimPatch.applyToGroup(patch(
                "[{\"op\":\"add\",\"path\":\"owner\",\"value\":\"7\"}]"))).scimType());
    }
}
