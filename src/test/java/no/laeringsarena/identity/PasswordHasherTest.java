package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("korrekt hest batteri".toCharArray());
        assertTrue(hasher.verify("korrekt hest batteri".toCharArray(), hash));
        assertFalse(hasher.verify("korrekt hest batteri!".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void saltsEveryHashAndNeverStoresThePassword() {
        String a = hasher.hash("samme passord".toCharArray());
        String b = hasher.hash("samme passord".toCharArray());
        assertNotEquals(a, b);
        assertFalse(a.contains("samme"));
        assertTrue(a.startsWith("pbkdf2-sha512$1000$"));
    }

    @Test
    void refusesMalformedStoredHashes() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plaintext"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha512$abc$def$ghi"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$2$3"));
    }

    @Test
    void asksForARehashWhenTheWorkFactorRises() {
        String weak = hasher.hash("passord passord".toCharArray());
        assertTrue(new PasswordHasher().needsRehash(weak));
        assertFalse(hasher.needsRehash(weak));
        assertTrue(new PasswordHasher().verify("passord passord".toCharArray(), weak), "old hashes still verify");
    }
}
