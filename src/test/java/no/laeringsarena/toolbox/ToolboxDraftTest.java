package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an editor must fix before an item can be saved. */
class ToolboxDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static ToolboxDraft draft(String key, String name, String body, LocalDate checked) {
        return new ToolboxDraft(key, ToolboxItemType.VEILEDER, ToolboxSection.GRUNNDATAREGISTRE, name, "", "",
                "Kort sammendrag", body, "KS", checked, "Første utgave");
    }

    private static List<String> fields(ToolboxDraft draft, boolean creating) {
        return draft.problems(creating, TODAY).stream().map(ToolboxDraft.Problem::field).toList();
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertEquals(List.of(), fields(draft("arkivplan-ny-kommune", "Arkivplan", "# Arkivplan\nTekst", TODAY), true));
    }

    @Test
    void missingAndBadFieldsAreNamed() {
        assertEquals(List.of("key", "name-nb", "body", "fact-checked"),
                fields(draft("Arkiv Plan", "  ", "   ", TODAY.plusDays(1)), true));
        assertEquals(List.of("fact-checked"), fields(draft("x", "Navn", "Tekst", null), true));
        assertEquals(List.of("key"), fields(draft("a--b", "Navn", "Tekst", TODAY), true));
    }

    @Test
    void theKeyIsCheckedOnlyWhenCreating() {
        assertEquals(List.of(), fields(draft("", "Navn", "Tekst", TODAY), false));
    }

    @Test
    void lengthsAreBounded() {
        ToolboxDraft tooLong = new ToolboxDraft("k", ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, "n".repeat(201), "", "",
                "s".repeat(601), "b".repeat(100_001), "o", TODAY, "c".repeat(301));
        assertEquals(List.of("name-nb", "summary", "body", "change-note"), fields(tooLong, true));
        ToolboxDraft noType = new ToolboxDraft("k", null, null, "Navn", "", "", "", "Tekst", "o", TODAY, "");
        assertEquals(List.of("type", "section"), fields(noType, true));
    }

    @Test
    void whitespaceIsTidiedAndWindowsLineEndsBecomeUnix() {
        ToolboxDraft d = new ToolboxDraft(" k ", ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, " Navn ", null, null,
                null, "a\r\nb\r\n", " KS ", TODAY, null);
        assertEquals("k", d.key());
        assertEquals("Navn", d.nameNb());
        assertEquals("a\nb", d.bodyMarkdown());
        assertTrue(d.summary().isEmpty() && d.changeNote().isEmpty());
    }
}
