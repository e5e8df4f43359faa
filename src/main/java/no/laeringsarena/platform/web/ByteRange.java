package no.laeringsarena.platform.web;

import java.util.Optional;

/**
 * One byte range of a file, from an HTTP {@code Range} header (RFC 9110 §14): what a video player asks for when it
 * seeks, and what Safari needs before it plays a video at all. Only a single range is honoured; a header naming
 * several, or one we cannot read, is ignored (the whole file is sent, which the standard allows).
 *
 * @param first the first byte (inclusive)
 * @param last  the last byte (inclusive)
 */
public record ByteRange(long first, long last) {

    /** What the header asks of a file of {@code length} bytes. */
    public sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range, or one we ignore: send everything with 200. */
    public record Whole() implements Request {
    }

    /** Send these bytes with 206 and a Content-Range. */
    public record Part(ByteRange range) implements Request {
    }

    /** A range wholly beyond the end: 416 with {@code Content-Range: bytes *}{@code /length}. */
    public record Unsatisfiable() implements Request {
    }

    public long length() {
        return last - first + 1;
    }

    /** The Content-Range header value for this range of a file of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    public static Request parse(String header, long length) {
        if (header == null || length <= 0) {
            return new Whole();
        }
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6) || h.indexOf(',') >= 0) {
            return new Whole();
        }
        String spec = h.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash));
        Optional<Long> end = number(spec.substring(dash + 1));
        if (spec.substring(0, dash).isEmpty()) {
            // suffix: the last n bytes
            if (end.isEmpty() || end.get() == 0) {
                return end.isEmpty() ? new Whole() : new Unsatisfiable();
            }
            long n = Math.min(end.get(), length);
            return new Part(new ByteRange(length - n, length - 1));
        }
        if (start.isEmpty() || (!spec.substring(dash + 1).isEmpty() && end.isEmpty())) {
            return new Whole();
        }
        long first = start.get();
        long last = end.map(e -> Math.min(e, length - 1)).orElse(length - 1);
        if (end.isPresent() && end.get() < first) {
            return new Whole();
        }
        if (first >= length) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
