package no.laeringsarena.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content is found the same way in a directory (dev run) and in the war, and README.md is never an item. */
class ContentSourcesTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryListsMarkdownFilesRecursivelyWithoutTheReadme() throws IOException {
        Files.createDirectories(dir.resolve("taksonomi/sektorer"));
        Files.writeString(dir.resolve("README.md"), "# Om formatet");
        Files.writeString(dir.resolve("taksonomi/sektorer/helse-og-velferd.md"), "---\nøæå\n---\n");
        Files.writeString(dir.resolve("taksonomi/sektorer/notat.txt"), "ikke innhold");

        List<ContentFile> files = ContentSources.forConfiguredDirOrWar(null, dir.toString()).files();

        assertEquals(List.of("content/taksonomi/sektorer/helse-og-velferd.md"), files.stream().map(ContentFile::path).toList());
        assertEquals("---\nøæå\n---\n", files.get(0).text(), "read as UTF-8");
    }

    @Test
    void aMissingDirectoryIsAClearError() {
        IOException e = assertThrows(IOException.class,
                () -> ContentSources.forDirectory(dir.resolve("finnes-ikke")).files());
        assertEquals(true, e.getMessage().contains("finnes ikke"));
    }

    @Test
    void withoutAConfiguredDirectoryTheWarsWebInfContentIsRead() throws IOException {
        Map<String, String> war = Map.of(
                "/WEB-INF/content/README.md", "# Om formatet",
                "/WEB-INF/content/taksonomi/tema/kompetanse.md", "---\ntype: tema\n---\n",
                "/WEB-INF/content/forum/kategorier/om-fellesskapet.md", "---\ntype: forumkategori\n---\n");

        ContentSource source = ContentSources.forConfiguredDirOrWar(servletContext(war), "  ");

        assertInstanceOf(WarContentSource.class, source);
        assertEquals(List.of("content/forum/kategorier/om-fellesskapet.md", "content/taksonomi/tema/kompetanse.md"),
                source.files().stream().map(ContentFile::path).toList());
    }

    /** A ServletContext that knows only resource paths and streams, like a war's. */
    private static ServletContext servletContext(Map<String, String> files) {
        return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getResourcePaths" -> children(files.keySet(), (String) args[0]);
                    case "getResourceAsStream" -> files.containsKey((String) args[0])
                            ? new ByteArrayInputStream(files.get((String) args[0]).getBytes(StandardCharsets.UTF_8))
                            : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Set<String> children(Set<String> paths, String folder) {
        Set<String> children = new TreeSet<>();
        for (String path : paths) {
            if (path.startsWith(folder)) {
                String rest = path.substring(folder.length());
                int slash = rest.indexOf('/');
                children.add(folder + (slash < 0 ? rest : rest.substring(0, slash + 1)));
            }
        }
        return children.isEmpty() ? null : children;
    }
}
