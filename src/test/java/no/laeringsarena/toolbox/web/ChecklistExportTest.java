package no.laeringsarena.toolbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.taxonomy.LocalizedName;
import no.laeringsarena.toolbox.Checklist;
import no.laeringsarena.toolbox.ChecklistParser;
import no.laeringsarena.toolbox.ChecklistProgress;
import no.laeringsarena.toolbox.ChecklistReport;
import no.laeringsarena.toolbox.ToolboxItem;
import no.laeringsarena.toolbox.ToolboxItemType;
import no.laeringsarena.toolbox.ToolboxSection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a user finds in the PDF and the spreadsheet of their checklist progress. */
class ChecklistExportTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Function<String, String> TEXT = key -> Messages.text(NB, key);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(NB)
            .withZone(ZoneId.of("Europe/Oslo"));
    private static final OffsetDateTime TICKED = OffsetDateTime.parse("2026-03-02T09:15:00Z");
    private static final OffsetDateTime EXPORTED = OffsetDateTime.parse("2026-03-05T12:00:00Z");

    private static ChecklistReport report() {
        Checklist checklist = ChecklistParser.parse(String.join("\n",
                "## Før du starter", "### Team og møteplasser", "- Sett sammen et tverrfaglig team",
                "- [gul] Etabler faste møteplasser",
                "## Gjennomføring", "### Helse", "- [rød] E-resept virker for legevakten")).checklist();
        ToolboxItem item = new ToolboxItem("sjekkliste-test", ToolboxItemType.SJEKKLISTE,
                ToolboxSection.STRATEGISKE_FORINGER, new LocalizedName("Sjekkliste for sammenslåing", null, null));
        ChecklistProgress progress = new ChecklistProgress(item, 7, TICKED);
        progress.record(checklist, Set.of("1.1.1", "2.1.1"), "Husk ROS-analysen før overgangsfasen", TICKED);
        return ChecklistReport.of(item, checklist, progress, "Kari Nordmann", "nb", EXPORTED);
    }

    @Test
    void thePdfHasEveryPhaseGroupAndItemWithTicksPrioritiesTimesAndTheNote() throws Exception {
        byte[] pdf = ChecklistPdf.of(report(), TEXT, TIME);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Sjekkliste for sammenslåing"), text);
        assertTrue(text.contains("Kari Nordmann") && text.contains("05.03.2026"), "who and when: " + text);
        assertTrue(text.contains("2 av 3 fullført"), text);
        assertTrue(text.contains("Før du starter (1 av 2 fullført)"), text);
        assertTrue(text.contains("Team og møteplasser"), text);
        assertTrue(text.contains("[x] 1.1.1 Sett sammen et tverrfaglig team – avkrysset 02.03.2026, 10:15"), text);
        assertTrue(text.contains("[ ] 1.1.2 (Gul) Etabler faste møteplasser"), text);
        assertTrue(text.contains("[x] 2.1.1 (Rød) E-resept virker for legevakten"), text);
        assertTrue(text.contains("Notat") && text.contains("Husk ROS-analysen før overgangsfasen"), text);
    }

    @Test
    void theSpreadsheetHasARowPerItemAndTheCountsPerPhase() throws Exception {
        byte[] xlsx = ChecklistXlsx.of(report(), TEXT, TIME);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet items = workbook.getSheet("Punkter");
            assertEquals("Sjekkliste for sammenslåing", items.getRow(0).getCell(0).getStringCellValue());
            assertTrue(items.getRow(1).getCell(0).getStringCellValue().contains("Kari Nordmann"));
            assertEquals("Husk ROS-analysen før overgangsfasen", items.getRow(2).getCell(1).getStringCellValue());
            Row header = items.getRow(ChecklistXlsx.ITEM_HEADER_ROW);
            assertEquals("Fase", header.getCell(0).getStringCellValue());
            assertEquals("Avkrysset tidspunkt", header.getCell(6).getStringCellValue());

            Row first = items.getRow(ChecklistXlsx.ITEM_HEADER_ROW + 1);
            assertEquals("Før du starter", first.getCell(0).getStringCellValue());
            assertEquals("Team og møteplasser", first.getCell(1).getStringCellValue());
            assertEquals("1.1.1", first.getCell(2).getStringCellValue());
            assertEquals("Ja", first.getCell(5).getStringCellValue());
            assertEquals("02.03.2026, 10:15", first.getCell(6).getStringCellValue());
            Row second = items.getRow(ChecklistXlsx.ITEM_HEADER_ROW + 2);
            assertEquals("Gul", second.getCell(3).getStringCellValue());
            assertEquals("Nei", second.getCell(5).getStringCellValue());
            assertEquals("", second.getCell(6).getStringCellValue());
            Row third = items.getRow(ChecklistXlsx.ITEM_HEADER_ROW + 3);
            assertEquals("Rød", third.getCell(3).getStringCellValue());
            assertEquals("E-resept virker for legevakten", third.getCell(4).getStringCellValue());
            assertEquals(ChecklistXlsx.ITEM_HEADER_ROW + 3, items.getLastRowNum(), "one row per item");

            Sheet phases = workbook.getSheet("Faser");
            assertEquals("Gjennomføring", phases.getRow(2).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, phases.getRow(1).getCell(1).getCellType());
            assertEquals(1, (int) phases.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(2, (int) phases.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(50, (int) phases.getRow(1).getCell(3).getNumericCellValue());
        }
    }

    @Test
    void anItemTickedBeforeKeepsItsTimeWhenMoreAreTicked() {
        ChecklistReport report = report();
        assertEquals(TICKED, report.phases().get(0).groups().get(0).lines().get(0).tickedAt());
        assertEquals(null, report.phases().get(0).groups().get(0).lines().get(1).tickedAt());
    }
}
