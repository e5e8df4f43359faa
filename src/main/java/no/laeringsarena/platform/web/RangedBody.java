package no.laeringsarena.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a stored file's body as a video player asks for it: 304 for the ETag it has, 206 with Content-Range for a
 * byte range (ignored when If-Range names an older version), 416 for a range past the end, else 200 with it all;
 * read and written a chunk at a time, so a seek never loads a whole video. The caller has set the content type and
 * its other headers.
 */
public final class RangedBody {

    /** Reads {@code length} bytes from byte {@code first} (0-based) of the stored file. */
    @FunctionalInterface
    public interface Chunks {
        byte[] read(long first, int length);
    }

    /** What is read from the database and written at a time. */
    public static final int CHUNK = 1 << 20;

    private RangedBody() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String etag, long size,
                            Chunks chunks) throws IOException {
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String ifRange = request.getHeader("If-Range");
        ByteRange.Request wanted = ifRange != null && !ifRange.equals(etag) ? new ByteRange.Whole()
                : ByteRange.parse(request.getHeader("Range"), size);
        ByteRange range = new ByteRange(0, size - 1);
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (wanted instanceof ByteRange.Part part) {
            range = part.range();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", range.contentRange(size));
        }
        response.setContentLengthLong(range.length());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        OutputStream out = response.getOutputStream();
        for (long at = range.first(); at <= range.last(); at += CHUNK) {
            int n = (int) Math.min(CHUNK, range.last() - at + 1);
            out.write(chunks.read(at, n));
        }
    }
}
