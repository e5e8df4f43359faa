package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attendee lists as Teams and Zoom export them, matched to the participants by e-mail. */
class AttendeeCsvTest {

    private static final Map<String, Long> PARTICIPANTS = Map.of(
            "dina.deltaker@kommune.no", 1L, "ola.nordmann@fylke.no", 2L, "kari@kommune.no", 3L);

    @Test
    void zoomCommaSeparatedWithQuotesAndMixedCase() {
        String csv = """
                Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)
                "Deltaker, Dina",Dina.Deltaker@Kommune.NO,03/10/2027 09:58:01 AM,03/10/2027 11:00:40 AM,63
                Ola Nordmann,ola.nordmann@fylke.no,03/10/2027 10:01:11 AM,03/10/2027 10:45:00 AM,44
                Gjest,,03/10/2027 10:05:00 AM,03/10/2027 10:30:00 AM,25
                Per Ukjent,per@annen-kommune.no,03/10/2027 10:02:00 AM,03/10/2027 11:00:00 AM,58
                """;
        AttendeeCsv.Result<Long> result = AttendeeCsv.match(csv, PARTICIPANTS);
        assertEquals(Set.of(1L, 2L), result.matched());
        assertEquals(List.of(new AttendeeCsv.Unmatched(4, "Gjest,,03/10/2027 10:05:00 AM,03/10/2027 10:30:00 AM,25"),
                new AttendeeCsv.Unmatched(5, "per@annen-kommune.no")), result.unmatched());
    }

    @Test
    void teamsUtf16TabSeparatedWithNorwegianHeader() {
        String tsv = "Fullt navn\tBrukerhandling\tTidsmerke\tE-post\n"
                + "Kari Kursdeltaker\tBle med\t10.3.2027, 09:59:12\tKARI@kommune.no\n"
                + "Kari Kursdeltaker\tForlot\t10.3.2027, 11:00:02\tkari@kommune.no\n";
        byte[] utf16 = ("\uFEFF" + tsv).getBytes(StandardCharsets.UTF_16LE);
        AttendeeCsv.Result<Long> result = AttendeeCsv.match(AttendeeCsv.decode(utf16), PARTICIPANTS);
        assertEquals(Set.of(3L), result.matched(), "joined and left: one participant");
        assertEquals(List.of(), result.unmatched());
    }

    @Test
    void semicolonsUtf8BomAndNoHeaderAtAll() {
        byte[] file = "\uFEFFola.nordmann@fylke.no;Ola\r\n ;\r\nfeil@kommune.no;Feil\r\n".getBytes(StandardCharsets.UTF_8);
        AttendeeCsv.Result<Long> result = AttendeeCsv.match(AttendeeCsv.decode(file), PARTICIPANTS);
        assertEquals(Set.of(2L), result.matched());
        assertEquals(List.of(new AttendeeCsv.Unmatched(2, ";"), new AttendeeCsv.Unmatched(3, "feil@kommune.no")),
                result.unmatched());
    }

    @Test
    void tooManyLinesAreRefused() {
        String csv = "E-post\n" + "x@kommune.no\n".repeat(AttendeeCsv.MAX_ROWS);
        assertThrows(IllegalArgumentException.class, () -> AttendeeCsv.match(csv, PARTICIPANTS));
    }
}
