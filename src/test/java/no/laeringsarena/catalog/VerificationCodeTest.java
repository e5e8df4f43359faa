package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreTenUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{10}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void whatAPersonTypesIsReadAsACode() {
        assertEquals("ABCDE23456", VerificationCode.normalise(" abcde-23456 "));
        assertNull(VerificationCode.normalise("ABCDE2345"), "too short");
        assertNull(VerificationCode.normalise("ABCDE2345O"), "O is never used");
        assertNull(VerificationCode.normalise(null));
    }
}
