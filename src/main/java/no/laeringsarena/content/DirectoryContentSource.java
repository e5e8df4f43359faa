package no.laeringsarena.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Content files under a directory on disk (the dev run's {@code content.dir}), read fresh on every call. */
public final class DirectoryContentSource implements ContentSource {

    private final Path root;

    public DirectoryContentSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<ContentFile> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("innholdsmappen " + root + " finnes ikke (content.dir)");
        }
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                if (ContentSource.isContentFile(file.getFileName().toString())) {
                    files.add(new ContentFile(label(file), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }

    @Override
    public List<ContentBinaryFile> binaryFiles(String folder, long maxBytes) throws IOException {
        Path start = root.resolve(folder).normalize();
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return List.of();
        }
        List<ContentBinaryFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(start)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!ContentSource.isContentFile(name) && !name.startsWith(".") && Files.size(file) <= maxBytes) {
                    files.add(new ContentBinaryFile(root.relativize(file).toString().replace('\\', '/'),
                            Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    private String label(Path file) {
        return "content/" + root.relativize(file).toString().replace('\\', '/');
    }

    @Override
    public String describe() {
        return "mappen " + root;
    }
}
