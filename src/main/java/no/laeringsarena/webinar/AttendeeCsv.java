package no.laeringsarena.webinar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the attendee list a video service exports (Teams, Zoom, Webex: comma, semicolon or tab separated, UTF-8 or
 * UTF-16 with byte order mark, quoted fields) and matches it to the participants by e-mail, case-insensitively.
 * The e-mail column is the one whose header names e-mail; without one, the first field with an @ in each row.
 */
public final class AttendeeCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private AttendeeCsv() {
    }

    /** A line that matched no participant: its line number in the file and what it had as e-mail (or the line). */
    public record Unmatched(int line, String value) implements java.io.Serializable {
    }

    /** The participants found (by the key the caller gave), and the lines that matched none. */
    public record Result<T>(Set<T> matched, List<Unmatched> unmatched) {
    }

    /** Bytes to text: UTF-16 when a byte order mark says so (Teams), else UTF-8 (a UTF-8 BOM is dropped). */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * @param participants the participants by e-mail in lower case
     * @throws IllegalArgumentException when the file has more than {@link #MAX_ROWS} lines
     */
    public static <T> Result<T> match(String csv, Map<String, T> participants) {
        List<String> lines = csv.lines().toList();
        if (lines.size() > MAX_ROWS) {
            throw new IllegalArgumentException("more than " + MAX_ROWS + " lines");
        }
        Set<T> matched = new LinkedHashSet<>();
        List<Unmatched> unmatched = new ArrayList<>();
        char separator = 0;
        int emailColumn = -1;
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (separator == 0) {
                separator = separator(line);
            }
            List<String> fields = fields(line, separator);
            if (!headerSeen) {
                headerSeen = true;
                emailColumn = emailColumn(fields);
                if (emailColumn >= 0 || fields.stream().noneMatch(f -> f.contains("@"))) {
                    continue;  // a header line
                }
            }
            String email = emailColumn >= 0 && emailColumn < fields.size() ? fields.get(emailColumn)
                    : fields.stream().filter(f -> f.contains("@")).findFirst().orElse("");
            String key = email.strip().toLowerCase(Locale.ROOT);
            T participant = key.isEmpty() ? null : participants.get(key);
            if (participant != null) {
                matched.add(participant);
            } else {
                unmatched.add(new Unmatched(i + 1, email.isBlank() ? shorten(line) : email.strip()));
            }
        }
        return new Result<>(matched, unmatched);
    }

    static char separator(String header) {
        long tabs = header.chars().filter(c -> c == '\t').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        if (tabs >= semicolons && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static int emailColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            if (!name.contains("@") && (name.contains("email") || name.contains("epost") || name.contains("mail"))) {
                return i;
            }
        }
        return -1;
    }

    /** The fields of one line; "..." quotes a field, "" inside it is a quote. */
    static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String shorten(String raw) {
        String line = raw.strip();
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
