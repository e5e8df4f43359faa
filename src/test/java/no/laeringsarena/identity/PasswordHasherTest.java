package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("korrekt hest batteri æøå".toCharArray());
        assertTrue(hasher.verify("korrekt hest batteri æøå".toCharArray(), hash));
        assertFalse(hasher.verify("korrekt hest batteri aeoa".toCharArray(), hash));
        assertFalse(hasher.verify("korrekt hest batteri æøå!".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void makesSaltedArgon2idHashesInThePhcFormatAndNeverStoresThePassword() {
        String a = hasher.hash("samme passord".toCharArray());
        String b = hasher.hash("samme passord".toCharArray());
        assertNotEquals(a, b);
        assertFalse(a.contains("samme"));
        assertTrue(a.startsWith("$argon2id$v=19$m=9216,t=4,p=1$"), a);
        assertFalse(hasher.needsRehash(a));
    }

    @Test
    void refusesMalformedStoredHashes() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plaintext"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha512$abc$def$ghi"));
        assertFalse(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=abc,t=4,p=1$c2FsdA$aGFzaA"));
        assertFalse(hasher.verify("x".toCharArray(), "$argon2id$v=16$m=9216,t=4,p=1$c2FsdHNhbHRzYWx0$aGFzaA"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$2$3"));
        assertFalse(hasher.verify("x".toCharArray(), PasswordHasher.NO_PASSWORD));
    }

    @Test
    void refusesAStoredHashThatWouldMakeALoginExpensive() {
        // a hash asking for 4 GiB of memory (or 100 million PBKDF2 rounds) would tie up the server: refused uncomputed
        assertFalse(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=4194304,t=4,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha512$100000000$c2FsdA$aGFzaA"));
    }

    @Test
    void oldPbkdf2HashesStillVerifyAndAskToBeReplaced() throws Exception {
        byte[] salt = "saltsaltsaltsalt".getBytes();
        PBEKeySpec spec = new PBEKeySpec("passord passord".toCharArray(), salt, 1_000, 512);
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String legacy = "pbkdf2-sha512$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
        assertTrue(hasher.verify("passord passord".toCharArray(), legacy));
        assertFalse(hasher.verify("passord passordx".toCharArray(), legacy));
        assertTrue(hasher.needsRehash(legacy), "the next login stores an Argon2id hash instead");
    }
}
