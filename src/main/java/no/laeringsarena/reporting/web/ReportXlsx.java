package no.laeringsarena.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import no.laeringsarena.reporting.CourseCompletion;
import no.laeringsarena.reporting.UnitCompletion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The organisation report as an Excel workbook (Apache POI): one sheet per course as on the page, one per unit and
 * course; numbers are numeric cells with the same values as the page. Text cells are never formulas.
 */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] of(List<CourseCompletion> lines, List<UnitCompletion> perUnit, Function<String, String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> columns = List.of(text.apply("reporting.course"), text.apply("reporting.deadline"),
                    text.apply("reporting.staff"), text.apply("reporting.completed"), text.apply("reporting.inProgress"),
                    text.apply("reporting.notStarted"), text.apply("reporting.overdue"), text.apply("reporting.percent"),
                    text.apply("reporting.assignedTo"));

            Sheet courses = workbook.createSheet(text.apply("reporting.sheet.courses"));
            header(courses, bold, columns);
            int r = 1;
            for (CourseCompletion line : lines) {
                Row row = courses.createRow(r++);
                fill(row, 0, line);
                row.createCell(8).setCellValue(line.assignedTo() == null ? text.apply("reporting.allUnits")
                        : line.assignedTo());
            }
            Sheet units = workbook.createSheet(text.apply("reporting.sheet.units"));
            header(units, bold, prepend(text.apply("reporting.unit"), columns));
            r = 1;
            for (UnitCompletion unit : perUnit) {
                Row row = units.createRow(r++);
                row.createCell(0).setCellValue(unit.unitPath());
                fill(row, 1, unit.completion());
            }
            for (Sheet sheet : List.of(courses, units)) {
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < columns.size() + 1; c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 16 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static void header(Sheet sheet, CellStyle bold, List<String> columns) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void fill(Row row, int from, CourseCompletion line) {
        row.createCell(from).setCellValue(line.courseTitle());
        row.createCell(from + 1).setCellValue(line.deadline().toString());
        int[] numbers = {line.staff(), line.completed(), line.inProgress(), line.notStarted(), line.overdue(),
                line.percentCompleted()};
        for (int i = 0; i < numbers.length; i++) {
            row.createCell(from + 2 + i).setCellValue(numbers[i]);
        }
    }
}
