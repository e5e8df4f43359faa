package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.laeringsarena.platform.web.Messages;
import org.junit.jupiter.api.Test;

/** Every text exists in bokmål, nynorsk and English, and every key a page or bean uses exists. */
class MessageBundlesTest {

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/no/laeringsarena/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void allThreeLanguagesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties nb = load("nb");
        for (String lang : new String[] {"nn", "en"}) {
            Properties other = load(lang);
            Set<String> missing = new TreeSet<>(nb.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(nb.stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in " + lang);
            assertEquals(Set.of(), extra, "only in " + lang);
            other.forEach((k, v) -> assertTrue(!v.toString().isBlank(), lang + ": empty " + k));
        }
    }

    @Test
    void bokmalIsServedForNorwegianEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Verktøykasse", Messages.text(Locale.forLanguageTag("nb"), "nav.toolbox"));
            assertEquals("Mi side", Messages.text(Locale.forLanguageTag("nn"), "nav.myPage"));
            assertEquals("Toolbox", Messages.text(Locale.forLanguageTag("en"), "nav.toolbox"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyKeyUsedInPagesAndBeansExists() throws IOException {
        Properties nb = load("nb");
        Pattern inPages = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Pattern inJava = Pattern.compile("Messages\\.(?:error|info|text)\\([^,]*,\\s*\"([A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/webapp"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f);
                    Matcher m = (f.toString().endsWith(".java") ? inJava : inPages).matcher(text);
                    while (m.find()) {
                        if (!nb.containsKey(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
