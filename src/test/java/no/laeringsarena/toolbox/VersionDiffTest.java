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
        ToolboxItemVersion v1 = new ToolboxItemVersion(item, 1, ToolboxMetadata.describe(item, List.of()), "", null,
                OffsetDateTime.now());
        describe(item, "Navn", "Første linje\nAndre linje, rettet");
        item.changeStatus(ItemStatus.PUBLISERT, OffsetDateTime.now());
        ToolboxItemVersion v2 = new ToolboxItemVersion(item, 2, ToolboxMetadata.describe(item, List.of()), "rettet", null,
                OffsetDateTime.now());
        List<VersionDiff.Field> diff = VersionDiff.between(v1, v2);
        assertEquals(List.of("toolbox.status", "toolbox.edit.body"), diff.stream().map(VersionDiff.Field::messageKey).toList());
        assertTrue(diff.get(1).lines().contains(new VersionDiff.Line(VersionDiff.Kind.ADDED, "Andre linje, rettet")));
        assertEquals(List.of(), VersionDiff.between(v2, v2));
    }

    @Test
    void metadataChangesShowAsChangedLines() {
        ToolboxItem item = new ToolboxItem("k", ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, new LocalizedName("Navn", null, null));
        describe(item, "Navn", "Tekst");
        ToolboxItemVersion v1 = new ToolboxItemVersion(item, 1, ToolboxMetadata.describe(item, List.of()), "", null,
                OffsetDateTime.now());
        item.describe(ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, new LocalizedName("Navn", null, null), "", "Tekst",
                null, Set.of(), Set.of(MergerPhase.DRIFT, MergerPhase.GJENNOMFORING), Set.of(), List.of("Arkivarer"),
                "KS", LocalDate.of(2026, 2, 1), 0, OffsetDateTime.now());
        ToolboxItemVersion v2 = new ToolboxItemVersion(item, 2, ToolboxMetadata.describe(item, List.of("gevinstrealisering")),
                "", null, OffsetDateTime.now());
        List<VersionDiff.Field> diff = VersionDiff.between(v1, v2);
        assertEquals(List.of("toolbox.edit.metadata"), diff.stream().map(VersionDiff.Field::messageKey).toList());
        List<VersionDiff.Line> lines = diff.get(0).lines();
        assertTrue(lines.contains(new VersionDiff.Line(VersionDiff.Kind.ADDED, "Faser: gjennomforing, drift")), lines::toString);
        assertTrue(lines.contains(new VersionDiff.Line(VersionDiff.Kind.ADDED, "Målgruppe: Arkivarer")));
        assertTrue(lines.contains(new VersionDiff.Line(VersionDiff.Kind.REMOVED, "Sist faktasjekket: 2026-01-01")));
        assertTrue(lines.contains(new VersionDiff.Line(VersionDiff.Kind.ADDED, "Relaterte kurs: gevinstrealisering")));
        assertTrue(lines.stream().noneMatch(l -> l.text().startsWith("Forvalter") && l.kind() != VersionDiff.Kind.SAME),
                "unchanged fields are context at most");
    }

    private static void describe(ToolboxItem item, String name, String body) {
        item.describe(ToolboxItemType.MAL, ToolboxSection.INFRASTRUKTUR, new LocalizedName(name, null, null), "", body,
                null, Set.of(), Set.of(), Set.of(), List.of(), "KS", LocalDate.of(2026, 1, 1), 0, OffsetDateTime.now());
    }
}
