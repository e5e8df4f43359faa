package no.laeringsarena.reporting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.reporting.CourseCompletion;
import no.laeringsarena.reporting.UnitCompletion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportXlsxTest {

    @Test
    void theWorkbookHoldsTheNumbersOfThePageAsNumbers() throws Exception {
        CourseCompletion line = new CourseCompletion("k", "=HYPERLINK(\"x\")", LocalDate.of(2027, 1, 31), 10, 4, 3, 3, 0);
        byte[] bytes = ReportXlsx.of(List.of(line), List.of(new UnitCompletion(7, "Helse › Sykehjem", line)), key -> key);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet courses = workbook.getSheet("reporting.sheet.courses");
            Row row = courses.getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType(), "a title that looks like a formula stays text");
            assertEquals("=HYPERLINK(\"x\")", row.getCell(0).getStringCellValue());
            assertEquals("2027-01-31", row.getCell(1).getStringCellValue());
            assertEquals(List.of(10.0, 4.0, 3.0, 3.0, 0.0, 40.0), List.of(row.getCell(2).getNumericCellValue(),
                    row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue(),
                    row.getCell(5).getNumericCellValue(), row.getCell(6).getNumericCellValue(),
                    row.getCell(7).getNumericCellValue()));
            Row unit = workbook.getSheet("reporting.sheet.units").getRow(1);
            assertEquals("Helse › Sykehjem", unit.getCell(0).getStringCellValue());
            assertEquals(4.0, unit.getCell(4).getNumericCellValue());
        }
    }
}
