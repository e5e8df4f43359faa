package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes with Argon2id (Bouncy Castle), at one of OWASP's recommended settings: 9 MiB of memory, 4 passes,
 * one lane, a 16-byte salt and a 32-byte hash. Stored in the PHC string format
 * {@code $argon2id$v=19$m=9216,t=4,p=1$<salt b64>$<hash b64>}.
 *
 * <p>Hashes made before with the JDK's PBKDF2-HMAC-SHA512 (210,000 iterations, stored as
 * {@code pbkdf2-sha512$<iterations>$<salt b64>$<hash b64>}) still verify, and {@link #needsRehash} says so, so the
 * login replaces them with Argon2id. Argon2id is OWASP's first choice: memory-hard, so a guessing rig gains far less
 * from GPUs, and on this platform's server it costs a fraction of the CPU time PBKDF2 needed for the same strength.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String SCHEME = "argon2id";
    static final int MEMORY_KIB = 9 * 1024;
    static final int PASSES = 4;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PARAMETERS = "v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES;

    static final String LEGACY_SCHEME = "pbkdf2-sha512";
    private static final int LEGACY_HASH_BITS = 512;

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$" + SCHEME + "$" + PARAMETERS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Stored for an account that has no password yet: matches no password, and needs no work to refuse. */
    public static final String NO_PASSWORD = "!no-password";

    public boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        try {
            if (stored.startsWith("$" + SCHEME + "$")) {
                return verifyArgon2id(password, stored);
            }
            if (stored.startsWith(LEGACY_SCHEME + "$")) {
                return verifyPbkdf2(password, stored);
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True for a hash made otherwise than {@link #hash} makes one now: the next login should store a new one. */
    public boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith("$" + SCHEME + "$" + PARAMETERS + "$");
    }

    private static boolean verifyArgon2id(char[] password, String stored) {
        // $argon2id$v=19$m=...,t=...,p=...$salt$hash  →  ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"v=19".equals(parts[2])) {
            return false;
        }
        int memory = 0;
        int passes = 0;
        int lanes = 0;
        for (String setting : parts[3].split(",")) {
            String[] pair = setting.split("=", 2);
            int value = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> memory = value;
                case "t" -> passes = value;
                case "p" -> lanes = value;
                default -> throw new IllegalArgumentException("unknown Argon2 setting " + pair[0]);
            }
        }
        // never let a stored value make a login cost more than a few times today's setting
        if (memory < 8 || memory > 4 * MEMORY_KIB || passes < 1 || passes > 4 * PASSES || lanes < 1 || lanes > 4) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Base64.getDecoder().decode(parts[5]);
        return MessageDigest.isEqual(expected, argon2id(password, salt, memory, passes, lanes, expected.length));
    }

    private static byte[] argon2id(char[] password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(lanes).build());
        byte[] secret = utf8(password);
        try {
            byte[] hash = new byte[length];
            generator.generateBytes(secret, hash);
            return hash;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    private static boolean verifyPbkdf2(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < 1 || iterations > 1_000_000) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, LEGACY_HASH_BITS);
        try {
            return MessageDigest.isEqual(expected, SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
