package no.laeringsarena.platform.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip-based document (DOCX, XLSX, PPTX, ODT) once, counting, before any parser sees it: more than
 * {@value #MAX_ENTRIES} entries, more than {@code maxExpandedBytes} in all, or an entry that expands more than
 * {@code maxRatio} times (past a small grace size) is a bomb. Zips inside are counted the same way, to the embedded
 * depth the extraction will read; nothing is kept but small inner zips being checked.
 */
final class ZipBudget {

    static final int MAX_ENTRIES = 10_000;
    private static final long GRACE_BYTES = 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final long maxExpandedBytes;
    private final long maxRatio;
    private final int maxDepth;
    private long expanded;
    private int entries;

    private ZipBudget(long maxExpandedBytes, long maxRatio, int maxDepth) {
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxRatio = maxRatio;
        this.maxDepth = maxDepth;
    }

    /** Throws SUSPICIOUS for a bomb, UNREADABLE for a broken zip; returns the bytes it expands to in all. */
    static long check(byte[] zip, long maxExpandedBytes, long maxRatio, int maxDepth) throws UploadRejected {
        ZipBudget budget = new ZipBudget(maxExpandedBytes, maxRatio, maxDepth);
        try {
            budget.walk(new ByteArrayInputStream(zip), 0);
        } catch (IOException | IllegalArgumentException e) {
            throw new UploadRejected(UploadRejected.Reason.UNREADABLE, "broken zip: " + e.getMessage(), e);
        }
        return budget.expanded;
    }

    private void walk(InputStream in, int depth) throws IOException, UploadRejected {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        byte[] buffer = new byte[BUFFER];
        while ((entry = zip.getNextEntry()) != null) {
            if (++entries > MAX_ENTRIES) {
                throw new UploadRejected(UploadRejected.Reason.SUSPICIOUS, "more than " + MAX_ENTRIES + " zip entries");
            }
            long entryBytes = 0;
            ByteArrayOutputStream inner = null;
            int read;
            boolean first = true;
            while ((read = zip.read(buffer)) > 0) {
                if (first && depth < maxDepth && looksLikeZip(buffer, read)) {
                    inner = new ByteArrayOutputStream();
                }
                first = false;
                entryBytes += read;
                expanded += read;
                if (expanded > maxExpandedBytes) {
                    throw new UploadRejected(UploadRejected.Reason.SUSPICIOUS, "expands past " + maxExpandedBytes + " bytes");
                }
                long compressed = entry.getCompressedSize();
                if (entryBytes > GRACE_BYTES && compressed > 0 && entryBytes / compressed > maxRatio) {
                    throw new UploadRejected(UploadRejected.Reason.SUSPICIOUS,
                            entry.getName() + " expands more than " + maxRatio + " times");
                }
                if (inner != null) {
                    inner.write(buffer, 0, read);
                }
            }
            long compressed = entry.getCompressedSize();
            if (entryBytes > GRACE_BYTES && compressed > 0 && entryBytes / compressed > maxRatio) {
                throw new UploadRejected(UploadRejected.Reason.SUSPICIOUS,
                        entry.getName() + " expands more than " + maxRatio + " times");
            }
            if (inner != null) {
                walk(new ByteArrayInputStream(inner.toByteArray()), depth + 1);
            }
        }
    }

    static boolean looksLikeZip(byte[] bytes, int length) {
        return length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
