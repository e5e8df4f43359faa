package no.laeringsarena.platform.upload;

import java.time.Duration;

/**
 * The bounds of one upload and its text extraction.
 *
 * @param maxBytes           largest file accepted
 * @param maxChars           most characters of text kept (the rest is cut, and the text marked truncated)
 * @param timeout            longest an extraction may run
 * @param maxEmbeddedDepth   how deep documents inside documents are read (0: not at all)
 * @param maxEmbeddedCount   how many embedded documents are read in all
 * @param maxCompressionRatio most characters of output per byte of input before the file counts as a bomb
 * @param maxConcurrent      extractions running at once on this server
 */
public record UploadLimits(long maxBytes, int maxChars, Duration timeout, int maxEmbeddedDepth, int maxEmbeddedCount,
                           long maxCompressionRatio, int maxConcurrent) {

    public static final UploadLimits DEFAULTS = new UploadLimits(20L * 1024 * 1024, 1_000_000, Duration.ofSeconds(20),
            2, 20, 100, 2);

    public UploadLimits {
        if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero() || maxEmbeddedDepth < 0
                || maxEmbeddedCount < 0 || maxCompressionRatio < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("bad upload limits " + maxBytes + "/" + maxChars + "/" + timeout);
        }
    }
}
