package no.laeringsarena.catalog;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Certificate verification codes: 10 characters from 31 letters and digits that cannot be mistaken for each other
 * (no 0/O, 1/I/L), about 50 bits of randomness from a SecureRandom: not guessable, easy to read out and type.
 */
public final class VerificationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, as a code: upper case, without spaces and hyphens; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
