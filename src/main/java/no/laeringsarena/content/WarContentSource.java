package no.laeringsarena.content;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Content files packaged in the war under {@code WEB-INF/content/} (the pom's war plugin copies them there). */
public final class WarContentSource implements ContentSource {

    public static final String ROOT = "/WEB-INF/content/";

    private final ServletContext servletContext;

    public WarContentSource(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public List<ContentFile> files() throws IOException {
        List<ContentFile> files = new ArrayList<>();
        collect(ROOT, files);
        return files;
    }

    private void collect(String folder, List<ContentFile> files) throws IOException {
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : new TreeSet<>(entries)) {
            if (entry.endsWith("/")) {
                collect(entry, files);
            } else if (ContentSource.isContentFile(entry.substring(entry.lastIndexOf('/') + 1))) {
                try (InputStream in = servletContext.getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("kunne ikke lese " + entry + " fra war-filen");
                    }
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    files.add(new ContentFile("content/" + entry.substring(ROOT.length()), text));
                }
            }
        }
    }

    @Override
    public List<ContentBinaryFile> binaryFiles(String folder, long maxBytes) throws IOException {
        List<ContentBinaryFile> files = new ArrayList<>();
        collectBinary(ROOT + folder.replaceAll("^/+|/+$", "") + "/", maxBytes, files);
        return files;
    }

    private void collectBinary(String folder, long maxBytes, List<ContentBinaryFile> files) throws IOException {
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : new TreeSet<>(entries)) {
            String name = entry.substring(entry.lastIndexOf('/', entry.length() - 2) + 1);
            if (entry.endsWith("/")) {
                collectBinary(entry, maxBytes, files);
            } else if (!ContentSource.isContentFile(name) && !name.startsWith(".")) {
                try (InputStream in = servletContext.getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("kunne ikke lese " + entry + " fra war-filen");
                    }
                    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (content.length <= maxBytes) {
                        files.add(new ContentBinaryFile(entry.substring(ROOT.length()), content));
                    }
                }
            }
        }
    }

    @Override
    public String describe() {
        return "war-filens " + ROOT;
    }
}
