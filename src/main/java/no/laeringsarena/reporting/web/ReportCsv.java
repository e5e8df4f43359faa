package no.laeringsarena.reporting.web;

import java.util.List;
import java.util.function.Function;
import no.laeringsarena.reporting.CourseCompletion;

/**
 * The organisation report as CSV for Excel in Norway: semicolon-separated, UTF-8 with a byte-order mark, the same
 * numbers as the page. Fields that could start a formula in a spreadsheet are defused with a leading apostrophe.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(List<CourseCompletion> lines, Function<String, String> text) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", List.of(text.apply("reporting.course"), text.apply("reporting.deadline"),
                text.apply("reporting.staff"), text.apply("reporting.completed"), text.apply("reporting.inProgress"),
                text.apply("reporting.notStarted"), text.apply("reporting.overdue"), text.apply("reporting.percent"),
                text.apply("reporting.assignedTo"))))
                .append("\r\n");
        for (CourseCompletion line : lines) {
            csv.append(field(line.courseTitle())).append(';').append(line.deadline()).append(';')
                    .append(line.staff()).append(';').append(line.completed()).append(';')
                    .append(line.inProgress()).append(';').append(line.notStarted()).append(';')
                    .append(line.overdue()).append(';').append(line.percentCompleted()).append(';')
                    .append(field(line.assignedTo() == null ? text.apply("reporting.allUnits") : line.assignedTo()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe == null) {
            return "";
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
