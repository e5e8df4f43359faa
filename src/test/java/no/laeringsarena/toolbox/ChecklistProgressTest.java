package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import org.junit.jupiter.api.Test;

/** Ticking items of a checklist, progress per phase, and completing it. */
class ChecklistProgressTest {

    private static final Checklist CHECKLIST = ChecklistParser.parse(String.join("\n",
            "## Før du starter", "### Team", "- a", "- b", "### Mål", "- c",
            "## Drift", "### Drift", "- d")).checklist();
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-09-01T10:00:00Z");

    private static ChecklistProgress progress() {
        ToolboxItem item = new ToolboxItem("v1", ToolboxItemType.SJEKKLISTE, ToolboxSection.STRATEGISKE_FORINGER,
                new LocalizedName("V1", null, null));
        return new ChecklistProgress(item, 7, NOW);
    }

    @Test
    void progressIsCountedPerPhase() {
        List<Checklist.PhaseProgress> phases = CHECKLIST.progress(Set.of("1.1.1", "1.2.1"));
        assertEquals(2, phases.get(0).done());
        assertEquals(3, phases.get(0).total());
        assertEquals(67, phases.get(0).percent());
        assertEquals(0, phases.get(1).done());
        assertFalse(phases.get(0).complete());
    }

    @Test
    void unknownOrForgedRefsAreNotKept() {
        ChecklistProgress progress = progress();
        progress.record(CHECKLIST, Set.of("1.1.1", "9.9.9", "<script>"), "  notat  ", NOW);
        assertEquals(Set.of("1.1.1"), progress.getTicked());
        assertEquals("notat", progress.getNote());
    }

    @Test
    void completingEveryItemIsReportedOnceAndUntickingKeepsTheDate() {
        ChecklistProgress progress = progress();
        assertFalse(progress.record(CHECKLIST, Set.of("1.1.1", "1.1.2", "1.2.1"), "", NOW));
        assertTrue(progress.record(CHECKLIST, CHECKLIST.refs(), "", NOW.plusDays(1)), "completed now");
        assertEquals(NOW.plusDays(1), progress.getCompletedAt());
        assertFalse(progress.record(CHECKLIST, Set.of(), "", NOW.plusDays(2)));
        assertFalse(progress.record(CHECKLIST, CHECKLIST.refs(), "", NOW.plusDays(3)), "only the first time");
    }

    @Test
    void aNoteHasALimit() {
        assertThrows(IllegalArgumentException.class,
                () -> progress().record(CHECKLIST, Set.of(), "x".repeat(ChecklistProgress.MAX_NOTE_LENGTH + 1), NOW));
    }

    @Test
    void storedRowsGiveBackTheSameChecklist() {
        ToolboxItem item = new ToolboxItem("v1", ToolboxItemType.SJEKKLISTE, ToolboxSection.STRATEGISKE_FORINGER,
                new LocalizedName("V1", null, null));
        assertEquals(CHECKLIST, ChecklistEntry.toChecklist(ChecklistEntry.of(item, CHECKLIST)));
    }
}
