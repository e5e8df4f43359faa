package no.laeringsarena.elearning;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The files of a package, unpacked in memory once and safely: the zip's central directory is read (so symbolic
 * links are seen), every entry name is checked before anything is read, and the bytes actually read (not the sizes
 * the zip claims) are counted against the limits. Directories are not kept; paths are relative, with '/'.
 */
public final class PackageArchive {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]");
    private static final int MAX_NAME = 1000;
    private static final int BUFFER = 64 * 1024;

    private final Map<String, byte[]> files;

    private PackageArchive(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** An archive of one file, such as a cmi5.xml uploaded alone (its AUs then live elsewhere). */
    public static PackageArchive single(String path, byte[] content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(path, content.clone());
        return new PackageArchive(files);
    }

    /** Unpacks the zip within the limits, or says what is wrong with it. */
    public static PackageArchive unzip(byte[] zip, PackageLimits limits) throws PackageRejected {
        if (zip == null || zip.length == 0) {
            throw new PackageRejected(PackageProblem.EMPTY, null);
        }
        if (zip.length > limits.maxUploadBytes()) {
            throw new PackageRejected(PackageProblem.TOO_LARGE, String.valueOf(limits.maxUploadMegabytes()));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile zipFile = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            int entries = 0;
            long unpacked = 0;
            for (Enumeration<ZipArchiveEntry> e = zipFile.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > limits.maxFiles() * 2) {
                    throw new PackageRejected(PackageProblem.TOO_MANY_FILES, String.valueOf(limits.maxFiles()));
                }
                String name = entry.getName();
                checkName(name, entry.isDirectory());
                if (entry.isUnixSymlink()) {
                    throw new PackageRejected(PackageProblem.SYMLINK, name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= limits.maxFiles()) {
                    throw new PackageRejected(PackageProblem.TOO_MANY_FILES, String.valueOf(limits.maxFiles()));
                }
                if (files.containsKey(name)) {
                    throw new PackageRejected(PackageProblem.DUPLICATE, name);
                }
                if (!zipFile.canReadEntryData(entry)) {
                    throw new PackageRejected(PackageProblem.UNREADABLE, name);
                }
                byte[] content = read(zipFile, entry, limits, limits.maxUnpackedBytes() - unpacked);
                unpacked += content.length;
                files.put(name, content);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new PackageRejected(PackageProblem.UNREADABLE, null, e);
        }
        if (files.isEmpty()) {
            throw new PackageRejected(PackageProblem.EMPTY, null);
        }
        return new PackageArchive(files);
    }

    private static byte[] read(ZipFile zip, ZipArchiveEntry entry, PackageLimits limits, long budget)
            throws IOException, PackageRejected {
        long declared = entry.getSize();
        if (declared > budget) {
            throw new PackageRejected(PackageProblem.TOO_BIG_UNPACKED, String.valueOf(limits.maxUnpackedBytes() / (1024 * 1024)));
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, BUFFER) : BUFFER);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > budget) {
                    throw new PackageRejected(PackageProblem.TOO_BIG_UNPACKED,
                            String.valueOf(limits.maxUnpackedBytes() / (1024 * 1024)));
                }
                if (total > PackageLimits.GRACE_BYTES && total / compressed > limits.maxRatio()) {
                    throw new PackageRejected(PackageProblem.BOMB, entry.getName());
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * Refuses a name that could reach outside the package or be read differently by another system: empty, control
     * characters, backslashes, absolute paths (also drive letters), '..' or '.' segments, empty segments.
     */
    public static void checkName(String name, boolean directory) throws PackageRejected {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME || CONTROL.matcher(name).find()) {
            throw new PackageRejected(PackageProblem.BAD_NAME, name == null ? "" : printable(name));
        }
        if (name.indexOf('\\') >= 0) {
            throw new PackageRejected(PackageProblem.BACKSLASH, name);
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new PackageRejected(PackageProblem.ABSOLUTE_PATH, name);
        }
        String path = directory && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw new PackageRejected(PackageProblem.PATH_TRAVERSAL, name);
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new PackageRejected(PackageProblem.BAD_NAME, name);
            }
        }
    }

    /** Whether a path a browser asks for is one a package could hold (the same rules as at upload). */
    public static boolean isSafePath(String path) {
        try {
            checkName(path, false);
            return true;
        } catch (PackageRejected e) {
            return false;
        }
    }

    private static String printable(String name) {
        return CONTROL.matcher(name).replaceAll("?");
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    public int fileCount() {
        return files.size();
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
