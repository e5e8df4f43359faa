package no.laeringsarena.toolbox.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import no.laeringsarena.toolbox.ChecklistReport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A checklist's progress as an Excel workbook (Apache POI): a sheet of items (phase, group, number, priority, text,
 * ticked, when) under a heading with the checklist, who exported it and when, and the note; and a sheet with the count
 * per phase (numbers as numeric cells). Text cells are never formulas.
 */
final class ChecklistXlsx {

    /** The row of the item sheet's column headings; items follow. */
    static final int ITEM_HEADER_ROW = 4;

    private ChecklistXlsx() {
    }

    static byte[] of(ChecklistReport report, Function<String, String> text, DateTimeFormatter time) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet items = workbook.createSheet(text.apply("toolbox.export.sheet.items"));
            Row title = items.createRow(0);
            title.createCell(0).setCellValue(report.itemName());
            title.getCell(0).setCellStyle(bold);
            items.createRow(1).createCell(0).setCellValue(text.apply("toolbox.export.exportedBy")
                    .replace("{0}", time.format(report.exportedAt())).replace("{1}", report.personName()));
            Row note = items.createRow(2);
            note.createCell(0).setCellValue(text.apply("toolbox.export.note"));
            note.createCell(1).setCellValue(report.note());
            header(items, ITEM_HEADER_ROW, bold, List.of(text.apply("toolbox.export.phase"),
                    text.apply("toolbox.export.group"), text.apply("toolbox.export.ref"),
                    text.apply("toolbox.export.priority"), text.apply("toolbox.export.item"),
                    text.apply("toolbox.export.ticked"), text.apply("toolbox.export.tickedAt")));
            int r = ITEM_HEADER_ROW + 1;
            for (ChecklistReport.Phase phase : report.phases()) {
                for (ChecklistReport.Group group : phase.groups()) {
                    for (ChecklistReport.Line line : group.lines()) {
                        Row row = items.createRow(r++);
                        row.createCell(0).setCellValue(phase.title());
                        row.createCell(1).setCellValue(group.title());
                        row.createCell(2).setCellValue(line.ref());
                        row.createCell(3).setCellValue(line.priority() == null ? ""
                                : text.apply(line.priority().messageKey()));
                        row.createCell(4).setCellValue(line.text());
                        row.createCell(5).setCellValue(text.apply(line.ticked() ? "toolbox.export.yes" : "toolbox.export.no"));
                        row.createCell(6).setCellValue(line.tickedAt() == null ? "" : time.format(line.tickedAt()));
                    }
                }
            }
            items.createFreezePane(0, ITEM_HEADER_ROW + 1);
            int[] widths = {28, 32, 8, 10, 70, 11, 18};
            for (int c = 0; c < widths.length; c++) {
                items.setColumnWidth(c, widths[c] * 256);
            }

            Sheet phases = workbook.createSheet(text.apply("toolbox.export.sheet.phases"));
            header(phases, 0, bold, List.of(text.apply("toolbox.export.phase"), text.apply("toolbox.export.done"),
                    text.apply("toolbox.export.total"), text.apply("toolbox.export.percent")));
            r = 1;
            for (ChecklistReport.Phase phase : report.phases()) {
                Row row = phases.createRow(r++);
                row.createCell(0).setCellValue(phase.title());
                row.createCell(1).setCellValue(phase.done());
                row.createCell(2).setCellValue(phase.total());
                row.createCell(3).setCellValue(phase.total() == 0 ? 0 : Math.round(100.0 * phase.done() / phase.total()));
            }
            phases.setColumnWidth(0, 32 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, int rowNumber, CellStyle bold, List<String> columns) {
        Row row = sheet.createRow(rowNumber);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }
}
