package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import org.junit.jupiter.api.Test;

/** The difference between two versions reads as changed lines with a little context. */
class VersionDiffTest {

    @Test
    void changedLinesAreMarkedAndLongUnchangedStretchesFolded() {
        String older = "a\nb\nc\nd\ne\nf\ng\nh";
        String newer = "a\nb\nc\nd\nE\nf\ng\nh\ni";
        List<VersionDiff.Line> lines = VersionDiff.lines(older, newer);
        assertEquals(List.of(
                new VersionDiff.Line(VersionDiff.Kind.FOLDED, "2"),
                new VersionDiff.Line(VersionDiff.Kind.SAME, "c"),
                new VersionDiff.Line(VersionDiff.Kind.SAME, "d"),
                new VersionDiff.Line(VersionDiff.Kind.REMOVED, "e"),
                new VersionDiff.Line(VersionDiff.Kind.ADDED, "E"),
                new VersionDiff.Line(VersionDiff.Kind.SAME, "f"),
                new VersionDiff.Line(VersionDiff.Kind.SAME, "g"),
                new VersionDiff.Line(VersionDiff.Kind.SAME, "h"),
                new VersionDiff.Line(VersionDiff.Kind.ADDED, "i")), lines);
    }

    @Test
    void onlyChangedFieldsAreShown() {
        ToolboxItem item = new ToolboxItem("k", ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, new LocalizedName("Navn", null, null));
        describe(item, "Navn", "Første linje\nAndre linje");
        ToolboxItemVersion v1 = new ToolboxItemVersion(item, 1, "", null, OffsetDateTime.now());
        describe(item, "Navn", "Første linje\nAndre linje, rettet");
        item.changeStatus(ItemStatus.PUBLISERT, OffsetDateTime.now());
        ToolboxItemVersion v2 = new ToolboxItemVersion(item, 2, "rettet", null, OffsetDateTime.now());
        List<VersionDiff.Field> diff = VersionDiff.between(v1, v2);
        assertEquals(List.of("toolbox.status", "toolbox.edit.body"), diff.stream().map(VersionDiff.Field::messageKey).toList());
        assertTrue(diff.get(1).lines().contains(new VersionDiff.Line(VersionDiff.Kind.ADDED, "Andre linje, rettet")));
        assertEquals(List.of(), VersionDiff.between(v2, v2));
    }

    private static void describe(ToolboxItem item, String name, String body) {
        item.describe(ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, new LocalizedName(name, null, null), "", body,
                null, Set.of(), Set.of(), Set.of(), List.of(), "KS", LocalDate.of(2026, 1, 1), 0, OffsetDateTime.now());
    }
}
