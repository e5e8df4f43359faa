package no.laeringsarena.reporting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.reporting.CourseCompletion;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void writesTheSameNumbersAsThePageForExcelInNorway() {
        String csv = ReportCsv.of(List.of(new CourseCompletion("k", "Gevinstrealisering", LocalDate.of(2027, 3, 31),
                6, 2, 1, 2, 1)), key -> key.substring(key.lastIndexOf('.') + 1));
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark so Excel reads UTF-8");
        String[] rows = csv.substring(1).split("\r\n");
        assertEquals("course;deadline;staff;completed;inProgress;notStarted;overdue;percent;assignedTo", rows[0]);
        assertEquals("Gevinstrealisering;2027-03-31;6;2;1;2;1;33;allUnits", rows[1]);
    }

    @Test
    void quotesSeparatorsAndDefusesSpreadsheetFormulas() {
        assertEquals("\"Arkiv; data\"", ReportCsv.field("Arkiv; data"));
        assertEquals("\"Et \"\"sitat\"\"\"", ReportCsv.field("Et \"sitat\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"",
                ReportCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+47", ReportCsv.field("+47"));
        assertEquals("", ReportCsv.field(null));
    }
}
