package no.laeringsarena.identity;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a staff list as a spreadsheet saves it: a header row, then one person a row, with the columns
 * {@code e-post}, {@code navn}, and optionally {@code enhet} (a unit path such as "Helse og velferd/Sykehjem Nord")
 * and {@code roller} (role names separated by spaces or commas: deltaker, kursholder, leder). Semicolons or commas
 * as separators, UTF-8 with or without a byte-order mark. Every bad row is reported with its line number and left
 * out; the good rows stand on their own.
 */
public final class StaffCsv {

    /** At most this many people in one file. */
    public static final int MAX_ROWS = 5_000;

    /** The roles an organisation administrator may hand out in an import. */
    public static final Set<Role> IMPORTABLE_ROLES = EnumSet.of(Role.DELTAKER, Role.KURSHOLDER, Role.LEDER);

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("e-post", "email"), Map.entry("epost", "email"), Map.entry("email", "email"),
            Map.entry("e-mail", "email"), Map.entry("navn", "name"), Map.entry("name", "name"),
            Map.entry("namn", "name"), Map.entry("enhet", "unit"), Map.entry("eining", "unit"),
            Map.entry("unit", "unit"), Map.entry("roller", "roles"), Map.entry("roles", "roles"));

    /** A good row: who, where and with which roles (always at least deltaker). */
    public record StaffRow(long line, String email, String name, List<String> unitPath, Set<Role> roles) {
    }

    /** What is wrong with one row (or with the file, at line 1): a message key and its argument. */
    public record RowProblem(long line, String messageKey, String argument) implements java.io.Serializable {
    }

    public record Parsed(List<StaffRow> rows, List<RowProblem> problems) {
    }

    private StaffCsv() {
    }

    public static Parsed parse(String text) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = csv.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<StaffRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Map<String, Integer> columns = null;
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = lineOf(csv, record.getCharacterPosition());
                if (columns == null) {
                    columns = columns(record);
                    if (!columns.containsKey("email") || !columns.containsKey("name")) {
                        problems.add(new RowProblem(line, "staff.import.headerMissing", null));
                        return new Parsed(List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new RowProblem(line, "staff.import.tooManyRows", String.valueOf(MAX_ROWS)));
                    break;
                }
                row(record, line, columns, seen, rows, problems);
            }
            if (columns == null) {
                problems.add(new RowProblem(1, "staff.import.empty", null));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(new RowProblem(0, "staff.import.unreadable", null));
            return new Parsed(List.of(), problems);
        }
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = HEADERS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    private static void row(CSVRecord record, long line, Map<String, Integer> columns, Set<String> seen,
                            List<StaffRow> rows, List<RowProblem> problems) {
        String email = cell(record, columns.get("email"));
        String name = cell(record, columns.get("name"));
        String unit = cell(record, columns.get("unit"));
        String roleNames = cell(record, columns.get("roles"));
        int before = problems.size();
        if (!Registration.isEmailAddress(email)) {
            problems.add(new RowProblem(line, "staff.import.emailInvalid", email));
        } else if (!seen.add(UserAccount.normaliseEmail(email))) {
            problems.add(new RowProblem(line, "staff.import.emailTwice", email));
        }
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new RowProblem(line, "staff.import.nameInvalid", null));
        }
        List<String> path = UnitTree.segments(unit);
        if (path.stream().anyMatch(s -> s.length() > 200) || path.size() > 6) {
            problems.add(new RowProblem(line, "staff.import.unitInvalid", unit));
        }
        Set<Role> roles = EnumSet.of(Role.DELTAKER);
        for (String roleName : roleNames.split("[,\\s]+")) {
            if (roleName.isBlank()) {
                continue;
            }
            Optional<Role> role = java.util.Arrays.stream(Role.values())
                    .filter(r -> r.groupName().equals(roleName.toLowerCase(Locale.ROOT))).findFirst();
            if (role.isEmpty() || !IMPORTABLE_ROLES.contains(role.get())) {
                problems.add(new RowProblem(line, "staff.import.roleInvalid", roleName));
            } else {
                roles.add(role.get());
            }
        }
        if (problems.size() == before) {
            rows.add(new StaffRow(line, UserAccount.normaliseEmail(email), name, path, roles));
        }
    }

    /** The 1-based line a record starts on, as a spreadsheet user counts lines. */
    private static long lineOf(String csv, long position) {
        int start = (int) Math.min(position, csv.length());
        // a record after blank lines is said to start where the blank lines do
        while (start < csv.length() && (csv.charAt(start) == '\n' || csv.charAt(start) == '\r')) {
            start++;
        }
        long line = 1;
        for (int i = 0; i < start; i++) {
            if (csv.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String cell(CSVRecord record, Integer column) {
        return column == null || column >= record.size() ? "" : record.get(column).strip();
    }
}
