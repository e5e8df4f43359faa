package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffCsvTest {

    @Test
    void readsASemicolonFileAsNorwegianExcelSavesIt() {
        StaffCsv.Parsed parsed = StaffCsv.parse("\uFEFFE-post;Navn;Enhet;Roller\r\n"
                + "Kari.Nordmann@Kommune.no;Kari Nordmann;Helse og velferd/Sykehjem Nord;deltaker\r\n"
                + "ola@kommune.no;\"Hansen; Ola\";;leder kursholder\r\n");
        assertEquals(List.of(), parsed.problems());
        assertEquals(2, parsed.rows().size());
        StaffCsv.StaffRow kari = parsed.rows().get(0);
        assertEquals("kari.nordmann@kommune.no", kari.email(), "e-mail is normalised");
        assertEquals(List.of("Helse og velferd", "Sykehjem Nord"), kari.unitPath());
        assertEquals(2, kari.line());
        StaffCsv.StaffRow ola = parsed.rows().get(1);
        assertEquals("Hansen; Ola", ola.name());
        assertEquals(Set.of(Role.DELTAKER, Role.LEDER, Role.KURSHOLDER), ola.roles());
        assertEquals(List.of(), ola.unitPath());
    }

    @Test
    void readsACommaFileWithEnglishHeadersInAnyOrder() {
        StaffCsv.Parsed parsed = StaffCsv.parse("name,email\nPer Olsen,per@kommune.no\n");
        assertEquals(List.of(), parsed.problems());
        assertEquals("per@kommune.no", parsed.rows().get(0).email());
        assertEquals("Per Olsen", parsed.rows().get(0).name());
    }

    @Test
    void reportsEveryBadRowWithItsLineNumberAndKeepsTheGoodOnes() {
        StaffCsv.Parsed parsed = StaffCsv.parse("""
                e-post;navn;enhet;roller
                god@kommune.no;God Rad;;
                ikke-en-adresse;Feil Epost;;

                god@kommune.no;Samme Igjen;;
                mangler@kommune.no;;;
                rolle@kommune.no;Rolle Feil;;systemadministrator
                """);
        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(3L, 5L, 6L, 7L), parsed.problems().stream().map(StaffCsv.RowProblem::line).toList(),
                "line numbers as the spreadsheet counts them, blank lines included");
        assertEquals(List.of("staff.import.emailInvalid", "staff.import.emailTwice", "staff.import.nameInvalid",
                "staff.import.roleInvalid"), parsed.problems().stream().map(StaffCsv.RowProblem::messageKey).toList());
        assertEquals("systemadministrator", parsed.problems().get(3).argument(), "the refused role is named");
    }

    @Test
    void aFileWithoutTheNeededHeadersImportsNothing() {
        StaffCsv.Parsed parsed = StaffCsv.parse("kari@kommune.no;Kari\nola@kommune.no;Ola\n");
        assertTrue(parsed.rows().isEmpty());
        assertEquals("staff.import.headerMissing", parsed.problems().get(0).messageKey());
        assertEquals("staff.import.empty", StaffCsv.parse("").problems().get(0).messageKey());
    }

    @Test
    void stopsReadingAfterTheRowLimit() {
        StringBuilder csv = new StringBuilder("e-post;navn\n");
        for (int i = 0; i < StaffCsv.MAX_ROWS + 10; i++) {
            csv.append("p").append(i).append("@kommune.no;Person ").append(i).append('\n');
        }
        StaffCsv.Parsed parsed = StaffCsv.parse(csv.toString());
        assertEquals(StaffCsv.MAX_ROWS, parsed.rows().size());
        assertEquals("staff.import.tooManyRows", parsed.problems().get(0).messageKey());
    }

    @Test
    void anUnterminatedQuoteIsReportedNotThrown() {
        StaffCsv.Parsed parsed = StaffCsv.parse("e-post;navn\n\"kari@kommune.no;Kari\n");
        assertTrue(parsed.rows().isEmpty());
        assertEquals(1, parsed.problems().size());
    }
}
