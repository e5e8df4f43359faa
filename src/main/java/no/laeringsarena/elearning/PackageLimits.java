package no.laeringsarena.elearning;

/**
 * The bounds of one package upload.
 *
 * @param maxUploadBytes   largest upload (the zip as sent)
 * @param maxUnpackedBytes most bytes all files may unpack to together
 * @param maxFiles         most files in a package
 * @param maxRatio         most an entry may expand (unpacked / compressed) past {@value #GRACE_BYTES} bytes
 */
public record PackageLimits(long maxUploadBytes, long maxUnpackedBytes, int maxFiles, long maxRatio) {

    /** Entries up to this size may expand any amount (small text files compress very well). */
    public static final long GRACE_BYTES = 1024 * 1024;

    public static final PackageLimits DEFAULTS = new PackageLimits(100L * 1024 * 1024, 300L * 1024 * 1024, 5_000, 200);

    public PackageLimits {
        if (maxUploadBytes <= 0 || maxUnpackedBytes <= 0 || maxFiles <= 0 || maxRatio < 1) {
            throw new IllegalArgumentException("bad package limits");
        }
    }

    public long maxUploadMegabytes() {
        return maxUploadBytes / (1024 * 1024);
    }
}
