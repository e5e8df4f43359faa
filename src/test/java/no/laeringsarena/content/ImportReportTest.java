package no.laeringsarena.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import report as the log shows it: one summary line, then one line per warning and error. */
class ImportReportTest {

    @Test
    void theLogStringHasASummaryAndOneLinePerWarningAndErrorWithFileAndLine() {
        ContentParser parser = new ContentParser(ContentTypes.discover());
        ContentItem<?> item = parser.parse(new ContentFile("content/taksonomi/tema/kompetanse.md",
                "---\ntype: tema\nkey: kompetanse\nnavn: Kompetanse\n---\n")).item().orElseThrow();

        ImportReport report = new ImportReport("mappen /x/content");
        report.created(item);
        report.unchanged(item);
        report.skipped(item, "endret i løsningen siden forrige import; ikke overskrevet");
        report.error(ContentError.at("content/taksonomi/sektorer/x.md", 4, "'navn' mangler"));

        List<String> lines = report.toLogString().lines().toList();
        assertEquals("Innholdsimport fra mappen /x/content: 1 nye, 0 oppdatert, 1 uendret, 1 ikke overskrevet, 1 feil, "
                + "0 ikke lenger i content/", lines.get(0));
        assertEquals("ADVARSEL content/taksonomi/tema/kompetanse.md:3: tema 'kompetanse': "
                + "endret i løsningen siden forrige import; ikke overskrevet", lines.get(1));
        assertEquals("FEIL content/taksonomi/sektorer/x.md:4: 'navn' mangler", lines.get(2));
        assertEquals(3, lines.size());
        assertTrue(report.hasErrors());
        assertTrue(report.hasWarnings());
    }

    @Test
    void aCleanRunHasNoWarnings() {
        ImportReport report = new ImportReport("war-filens /WEB-INF/content/");
        assertFalse(report.hasErrors());
        assertFalse(report.hasWarnings());
        assertEquals(1, report.toLogString().lines().count());
    }
}
