package no.laeringsarena.elearning;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A package as a course holder uploads it: a zip, or (cmi5 only) a cmi5.xml alone whose units live at absolute
 * addresses. Opening it unpacks it within the limits ({@link PackageArchive}).
 */
public record PackageUpload(String fileName, byte[] content) {

    public PackageUpload {
        fileName = fileName == null ? "" : fileName;
    }

    public PackageArchive open(PackageLimits limits) throws PackageRejected {
        if (content == null || content.length == 0) {
            throw new PackageRejected(PackageProblem.EMPTY, null);
        }
        if (content.length > limits.maxUploadBytes()) {
            throw new PackageRejected(PackageProblem.TOO_LARGE, String.valueOf(limits.maxUploadMegabytes()));
        }
        if (isZip(content)) {
            return PackageArchive.unzip(content, limits);
        }
        if (looksLikeXml(content) && fileName.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return PackageArchive.single(PackageFormat.CMI5.structureFile(), content);
        }
        throw new PackageRejected(PackageProblem.NOT_A_ZIP, fileName);
    }

    /** A file name fit to show and keep: the last path segment, at most 200 characters. */
    public String displayName() {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "pakke.zip";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean looksLikeXml(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        return start.startsWith("<");
    }
}
