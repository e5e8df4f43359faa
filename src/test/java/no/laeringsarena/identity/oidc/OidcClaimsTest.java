package no.laeringsarena.identity.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationKind;
import no.laeringsarena.identity.Organisasjonsnummer;
import no.laeringsarena.identity.UserAccount;
import org.junit.jupiter.api.Test;

/** No national identity number from a provider's claims ever reaches what the platform stores. */
class OidcClaimsTest {

    private static final String FNR = "01019012345";
    private static final byte[] KEY = "test-subject-key-2026".getBytes(StandardCharsets.UTF_8);
    private final OidcClaims claims = new OidcClaims(KEY);

    @Test
    void idPortenPidIsNeverKeptOnlyTheSub() {
        OidcIdentity person = claims.identity(OidcProvider.IDPORTEN,
                Map.of("sub", "Xk2b9_pseudonym-abc", "pid", FNR, "acr", "idporten-loa-high"));

        assertEquals("Xk2b9_pseudonym-abc", person.subject());
        assertNoFnrIn(person);
        assertNoFnrInEntities(person);
    }

    @Test
    void aFnrInNameOrEmailIsDroppedAndTheRestKept() {
        OidcIdentity person = claims.identity(OidcProvider.FEIDE, Map.of("sub", "feide-uuid-1",
                "name", "Kari " + FNR, "email", FNR + "@skole.no", "pid", FNR, "orgno", "974760673"));

        assertEquals(Optional.empty(), person.name());
        assertEquals(Optional.empty(), person.email());
        assertEquals(Optional.of("974760673"), person.organisasjonsnummer());
        assertNoFnrIn(person);
        assertNoFnrInEntities(person);
    }

    @Test
    void aFnrWrittenWithASpaceIsAlsoRecognised() {
        OidcIdentity person = claims.identity(OidcProvider.GENERIC,
                Map.of("sub", "entra-oid", "given_name", "Ola", "family_name", "010190 12345"));
        assertEquals(Optional.empty(), person.name());
        assertNoFnrInEntities(person);
    }

    @Test
    void aProviderThatGivesOnlyPidGetsAPseudonymousHmacSubject() {
        OidcIdentity first = claims.identity(OidcProvider.IDPORTEN, Map.of("pid", FNR));
        OidcIdentity again = claims.identity(OidcProvider.IDPORTEN, Map.of("pid", FNR));
        OidcIdentity other = claims.identity(OidcProvider.IDPORTEN, Map.of("pid", "02029054321"));

        assertTrue(first.subject().startsWith("hmac:"));
        assertEquals(first.subject(), again.subject(), "the same person is recognised at the next login");
        assertNotEquals(first.subject(), other.subject());
        assertNoFnrIn(first);
        assertNoFnrInEntities(first);
    }

    @Test
    void aSubShapedLikeAFnrIsReplacedByItsHmac() {
        OidcIdentity person = claims.identity(OidcProvider.GENERIC, Map.of("sub", FNR));
        assertTrue(person.subject().startsWith("hmac:"));
        assertNoFnrInEntities(person);
    }

    @Test
    void withoutASubjectKeyAPidOnlyLoginIsRefusedRatherThanStored() {
        OidcLoginException e = assertThrows(OidcLoginException.class,
                () -> new OidcClaims(null).identity(OidcProvider.IDPORTEN, Map.of("pid", FNR)));
        assertEquals("claims", e.code());
    }

    @Test
    void namesAndVerifiedAddressesAreKept() {
        OidcIdentity person = claims.identity(OidcProvider.FEIDE,
                Map.of("sub", "feide-2", "name", "Kari Nordmann", "email", "kari@skole.no", "email_verified", true));
        assertEquals(Optional.of("Kari Nordmann"), person.name());
        assertEquals(Optional.of("kari@skole.no"), person.email());
        assertEquals(Optional.empty(), person.organisasjonsnummer());
    }

    @Test
    void anAddressTheProviderSaysIsUnverifiedIsNotUsed() {
        OidcIdentity person = claims.identity(OidcProvider.GENERIC,
                Map.of("sub", "x", "email", "kari@example.org", "email_verified", false));
        assertEquals(Optional.empty(), person.email());
    }

    @Test
    void anAccountWithoutAddressGetsAnUndeliverablePlaceholderWithoutDigits() {
        OidcIdentity person = claims.identity(OidcProvider.IDPORTEN, Map.of("sub", "abc", "pid", FNR));
        UserAccount user = OidcAccounts.newAccount(person, null, "ID-porten");
        assertTrue(user.getEmail().endsWith("@brukere.invalid"), user.getEmail());
        assertFalse(user.getEmail().matches(".*[0-9].*"), user.getEmail());
        assertEquals(user.getEmail(), OidcAccounts.newAccount(person, null, "ID-porten").getEmail());
    }

    @Test
    void theDatabaseLinkRefusesAFnrShapedSubjectEvenIfOneGotThisFar() {
        OidcIdentity forged = new OidcIdentity(OidcProvider.IDPORTEN, FNR, Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> new OidcLink(null, forged));
    }

    private static void assertNoFnrIn(OidcIdentity person) {
        String all = person.subject() + person.email() + person.name() + person.organisasjonsnummer();
        assertFalse(all.contains(FNR), all);
        assertFalse(OidcClaims.containsFnrShaped(all), all);
    }

    /** Builds what is persisted from the identity and looks at every text field of every entity. */
    private static void assertNoFnrInEntities(OidcIdentity person) {
        Organisation organisation = new Organisation("Demo kommune", OrganisationKind.KOMMUNE, "9999",
                new Organisasjonsnummer("974760673"));
        UserAccount user = OidcAccounts.newAccount(person, organisation, "ID-porten");
        OidcLink link = new OidcLink(user, person);
        for (Object entity : List.of(user, link)) {
            for (String value : textFields(entity)) {
                assertFalse(OidcClaims.containsFnrShaped(value), entity.getClass().getSimpleName() + ": " + value);
            }
        }
    }

    private static List<String> textFields(Object entity) {
        List<String> values = new ArrayList<>();
        for (Field field : entity.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            try {
                Object value = field.get(entity);
                if (value != null) {
                    values.add(value.toString());
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }
}
