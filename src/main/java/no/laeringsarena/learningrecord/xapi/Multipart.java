package no.laeringsarena.learningrecord.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * multipart/mixed bodies (RFC 2046) as xAPI uses them for attachments: reading a request's parts, and writing a
 * response. Parts keep their raw bytes; header names are compared case-insensitively.
 */
public final class Multipart {

    /** One part: its headers (names in lower case) and its content. */
    public record Part(Map<String, String> headers, byte[] content) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        /** The media type of the part, without parameters, in lower case; empty if it has no Content-Type. */
        public String mediaType() {
            return header("Content-Type").map(Multipart::mediaType).orElse("");
        }
    }

    private Multipart() {
    }

    public static boolean isMultipartMixed(String contentType) {
        return contentType != null && "multipart/mixed".equals(mediaType(contentType));
    }

    /** "type/subtype" of a Content-Type value, in lower case. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The boundary parameter of a multipart Content-Type, unquoted. */
    public static Optional<String> boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String value = p.substring(9).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The parts of a multipart body; 400 if the boundary is missing or the body is not delimited by it. */
    public static List<Part> parse(byte[] body, String contentType) {
        String boundary = boundary(contentType)
                .orElseThrow(() -> XapiException.badRequest("multipart/mixed needs a boundary parameter in Content-Type"));
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        if (start < 0 || (start > 0 && !precededByLineBreak(body, start))) {
            throw XapiException.badRequest("the multipart body does not start with its boundary");
        }
        List<Part> parts = new ArrayList<>();
        int position = start + delimiter.length;
        while (true) {
            if (startsWith(body, position, "--")) {
                return parts; // close delimiter
            }
            position = skipLineEnd(body, position);
            int next = findDelimiter(body, delimiter, position);
            if (next < 0) {
                throw XapiException.badRequest("a multipart part is not closed by the boundary");
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            parts.add(part(Arrays.copyOfRange(body, position, Math.max(position, end))));
            position = next + delimiter.length;
        }
    }

    private static Part part(byte[] raw) {
        int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        int bodyStart = headerEnd + 4;
        if (headerEnd < 0) {
            headerEnd = indexOf(raw, "\n\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            bodyStart = headerEnd + 2;
        }
        if (startsWith(raw, 0, "\r\n")) {
            headerEnd = 0;
            bodyStart = 2;
        }
        if (headerEnd < 0) {
            throw XapiException.badRequest("a multipart part has no blank line after its headers");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : new String(raw, 0, headerEnd, StandardCharsets.UTF_8).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return new Part(headers, Arrays.copyOfRange(raw, bodyStart, raw.length));
    }

    /** A response body: the given parts, each with its headers, delimited by the boundary. */
    public static byte[] write(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
            part.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** The next delimiter that starts a line (RFC 2046: CRLF "--" boundary). */
    private static int findDelimiter(byte[] body, byte[] delimiter, int from) {
        int at = indexOf(body, delimiter, from);
        while (at >= 0 && !precededByLineBreak(body, at)) {
            at = indexOf(body, delimiter, at + 1);
        }
        return at;
    }

    private static boolean precededByLineBreak(byte[] body, int at) {
        return at > 0 && body[at - 1] == '\n';
    }

    private static int skipLineEnd(byte[] body, int position) {
        while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
            position++;
        }
        if (startsWith(body, position, "\r\n")) {
            return position + 2;
        }
        return position < body.length && body[position] == '\n' ? position + 1 : position;
    }

    private static boolean startsWith(byte[] body, int position, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (position + bytes.length > body.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (body[position + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
