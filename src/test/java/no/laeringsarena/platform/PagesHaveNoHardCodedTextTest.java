package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-visible text is typed into a page: text between tags, and labels in value/title/alt/placeholder
 * attributes, must come from the message bundles (an EL expression), so every page speaks all three languages.
 */
class PagesHaveNoHardCodedTextTest {

    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]+)<");
    private static final Pattern LABEL_ATTRIBUTE = Pattern.compile(
            "\\s(?:value|title|alt|placeholder|headerText|itemLabel|emptyMessage)=\"([^\"]*)\"");

    @Test
    void everyVisibleTextComesFromTheBundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String xhtml = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
                check(page, TEXT_BETWEEN_TAGS.matcher(xhtml), offenders);
                check(page, LABEL_ATTRIBUTE.matcher(xhtml), offenders);
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static void check(Path page, Matcher m, List<String> offenders) {
        while (m.find()) {
            String text = m.group(1).replaceAll("#\\{[^}]*\\}", "").replaceAll("[\\s,.:;()–-]", "");
            if (!text.isEmpty() && !text.matches("&[a-z]+;|&#\\d+;")) {
                offenders.add(page.getFileName() + ": \"" + m.group(1).strip() + "\"");
            }
        }
    }
}
