package no.laeringsarena.dev;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The bytes Elasticsearch's server reads from stdin at boot, as its (unpublished) server-cli writes them:
 * org.elasticsearch.bootstrap.ServerArgs in StreamOutput encoding, with a keystore that holds only keystore.seed.
 * Tied to the pinned Elasticsearch version; the node's boot smoke test (NorwegianSearchIT) catches a change.
 */
final class ServerArgs {

    private static final int KEYSTORE_FORMAT_VERSION = 7;
    private static final String SEED_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~!@#$%^&*-_=+?";

    private ServerArgs() {
    }

    static byte[] encode(Map<String, String> settings, Path configDir, Path logsDir) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeBoolean(false);                // daemonize
            out.writeBoolean(false);                // quiet
            out.writeBoolean(false);                // no pid file
            writeString(out, "org.elasticsearch.common.settings.KeyStoreWrapper");
            writeKeyStore(out);
            writeVInt(out, settings.size());
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                writeString(out, setting.getKey());
                out.writeByte(0);                   // generic value of type String
                writeString(out, setting.getValue());
            }
            writeString(out, configDir.toString());
            writeString(out, logsDir.toString());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);      // in-memory stream: does not happen
        }
    }

    /** KeyStoreWrapper#writeTo: format version, no password, no encrypted data, the entries, not closed. */
    private static void writeKeyStore(DataOutputStream out) throws IOException {
        out.writeInt(KEYSTORE_FORMAT_VERSION);
        out.writeBoolean(false);
        out.writeBoolean(false);
        byte[] seed = randomSeed();
        writeVInt(out, 1);
        writeString(out, "keystore.seed");
        writeBytes(out, seed);
        writeBytes(out, sha256(seed));
        out.writeBoolean(false);
    }

    private static byte[] randomSeed() {
        SecureRandom random = new SecureRandom();
        StringBuilder seed = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            seed.append(SEED_CHARS.charAt(random.nextInt(SEED_CHARS.length())));
        }
        return seed.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] data) throws IOException {
        writeVInt(out, data.length);
        out.write(data);
    }

    private static void writeVInt(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /** StreamOutput#writeString: the number of UTF-16 chars, then each char in 1 to 3 bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeVInt(out, s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x7F) {
                out.writeByte(c);
            } else if (c <= 0x7FF) {
                out.writeByte(0xC0 | (c >> 6 & 0x1F));
                out.writeByte(0x80 | (c & 0x3F));
            } else {
                out.writeByte(0xE0 | (c >> 12 & 0x0F));
                out.writeByte(0x80 | (c >> 6 & 0x3F));
                out.writeByte(0x80 | (c & 0x3F));
            }
        }
    }
}
