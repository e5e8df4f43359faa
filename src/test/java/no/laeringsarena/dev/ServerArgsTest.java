package no.laeringsarena.dev;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerArgsTest {

    @Test
    void layoutMatchesTheServersReader() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("a", "å");
        byte[] bytes = ServerArgs.encode(settings, Path.of("/c"), Path.of("/l"));

        assertArrayEquals(new byte[] {0, 0, 0}, Arrays.copyOfRange(bytes, 0, 3), "daemonize, quiet, no pid file");
        String keystoreClass = "org.elasticsearch.common.settings.KeyStoreWrapper";
        assertEquals(keystoreClass.length(), bytes[3]);
        assertEquals(keystoreClass, new String(bytes, 4, keystoreClass.length()));

        // the end: 1 setting "a" -> String "å" (2 UTF-8 bytes), then config and logs dirs
        byte[] tail = {1, 1, 'a', 0, 1, (byte) 0xC3, (byte) 0xA5, 2, '/', 'c', 2, '/', 'l'};
        assertArrayEquals(tail, Arrays.copyOfRange(bytes, bytes.length - tail.length, bytes.length));
    }
}
