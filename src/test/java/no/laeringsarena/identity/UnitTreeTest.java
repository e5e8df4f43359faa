package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private final UnitTree tree = UnitTree.of(List.of(
            new UnitTree.Unit(3, null, "Oppvekst og utdanning"),
            new UnitTree.Unit(1, null, "Helse og velferd"),
            new UnitTree.Unit(2, 1L, "Sykehjem Nord"),
            new UnitTree.Unit(4, 2L, "Avdeling A"),
            new UnitTree.Unit(5, 1L, "Hjemmetjenesten"),
            new UnitTree.Unit(6, 3L, "Ærlig skole")));

    @Test
    void listsEachUnitFollowedByTheUnitsBelowItAlphabetically() {
        assertEquals(List.of("Helse og velferd", "Hjemmetjenesten", "Sykehjem Nord", "Avdeling A",
                "Oppvekst og utdanning", "Ærlig skole"), tree.nodes().stream().map(UnitTree.Node::name).toList());
        assertEquals(List.of(0, 1, 1, 2, 0, 1), tree.nodes().stream().map(UnitTree.Node::depth).toList());
    }

    @Test
    void givesEachUnitItsPath() {
        assertEquals("Helse og velferd › Sykehjem Nord › Avdeling A", tree.node(4).orElseThrow().path());
    }

    @Test
    void aSubtreeHoldsTheUnitAndEverythingBelowIt() {
        assertEquals(Set.of(1L, 2L, 4L, 5L), tree.subtree(1));
        assertEquals(Set.of(4L), tree.subtree(4));
        assertTrue(tree.subtree(99).isEmpty(), "an unknown unit has no subtree");
    }

    @Test
    void knowsTheUnitsAboveAUnit() {
        assertEquals(Set.of(4L, 2L, 1L), tree.ancestorsAndSelf(4));
        assertEquals(Set.of(3L), tree.ancestorsAndSelf(3));
    }

    @Test
    void findsAUnitByAPathWrittenWithSlashesInAnyCase() {
        assertEquals(4L, tree.byPath(UnitTree.segments("helse og velferd / SYKEHJEM NORD/avdeling a")).orElseThrow().id());
        assertTrue(tree.byPath(UnitTree.segments("Helse og velferd/Avdeling A")).isEmpty(), "only the full path counts");
        assertEquals(List.of("A", "B"), UnitTree.segments(" A › B // "));
    }

    @Test
    void aCycleOrAMissingParentLosesNoUnitAndNeverLoops() {
        UnitTree odd = UnitTree.of(List.of(new UnitTree.Unit(1, 2L, "En"), new UnitTree.Unit(2, 1L, "To"),
                new UnitTree.Unit(3, 42L, "Foreldreløs")));
        assertEquals(List.of("Foreldreløs"), odd.nodes().stream().map(UnitTree.Node::name).toList(),
                "an orphan is shown at the top; a cycle has no top and is left out rather than looping");
    }
}
