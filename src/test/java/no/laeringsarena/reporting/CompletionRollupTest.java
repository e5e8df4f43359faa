package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.laeringsarena.identity.UnitTree;
import org.junit.jupiter.api.Test;

class CompletionRollupTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final UnitTree tree = UnitTree.of(List.of(new UnitTree.Unit(1, null, "Helse"),
            new UnitTree.Unit(2, 1L, "Sykehjem"), new UnitTree.Unit(3, null, "Oppvekst")));

    private final List<AssignedCourse> courses = List.of(
            new AssignedCourse(10, "dag-en", "Dag én", TODAY.plusDays(10)),
            new AssignedCourse(11, "arkiv", "Arkiv", TODAY.minusDays(1)));

    // per assignment and unit: staff, completed, started
    private final List<UnitCounts> counts = List.of(
            new UnitCounts(10, 1L, 4, 1, 2), new UnitCounts(10, 2L, 6, 3, 5), new UnitCounts(10, 3L, 5, 0, 0),
            new UnitCounts(10, null, 2, 2, 2),
            new UnitCounts(11, 1L, 4, 4, 4), new UnitCounts(11, 2L, 6, 1, 3), new UnitCounts(11, 3L, 5, 0, 1),
            new UnitCounts(11, null, 2, 0, 0));

    private final CompletionRollup rollup = new CompletionRollup(courses, counts, TODAY);

    @Test
    void theWholeOrganisationCountsEveryoneIncludingPeopleInNoUnit() {
        CourseCompletion dagEn = rollup.lines(null).get(0);
        assertEquals(new CourseCompletion("dag-en", "Dag én", TODAY.plusDays(10), 17, 6, 3, 8, 0), dagEn);
    }

    @Test
    void aUnitCountsItselfAndTheUnitsBelowIt() {
        CourseCompletion helse = rollup.lines(tree.subtree(1)).get(0);
        assertEquals(10, helse.staff());
        assertEquals(4, helse.completed());
        assertEquals(3, helse.inProgress());
        assertEquals(3, helse.notStarted());
        assertEquals(40, helse.percentCompleted());
    }

    @Test
    void afterTheDeadlineEveryoneWhoHasNotCompletedIsOverdue() {
        CourseCompletion arkiv = rollup.lines(Set.of(1L, 2L)).get(1);
        assertEquals(new CourseCompletion("arkiv", "Arkiv", TODAY.minusDays(1), 10, 5, 0, 0, 5), arkiv);
    }

    @Test
    void perUnitSplitsOneLevelDownAndAddsUpToTheWhole() {
        List<UnitCompletion> top = rollup.perUnit(tree, null);
        assertEquals(List.of("Helse", "Helse", "Oppvekst", "Oppvekst"), top.stream().map(UnitCompletion::unitPath).toList());
        List<UnitCompletion> belowHelse = rollup.perUnit(tree, 1L);
        assertEquals(List.of("Helse › Sykehjem", "Helse › Sykehjem"),
                belowHelse.stream().map(UnitCompletion::unitPath).toList());
        assertEquals(6, belowHelse.get(0).completion().staff());
        int placed = top.stream().filter(u -> u.completion().courseKey().equals("dag-en"))
                .mapToInt(u -> u.completion().staff()).sum();
        assertEquals(rollup.lines(null).get(0).staff() - 2, placed, "everyone placed in a unit is in exactly one top unit");
    }

    @Test
    void aCourseAssignedToAUnitCountsOnlyThatUnitAndBelowAndIsLeftOutElsewhere() {
        CompletionRollup targeted = new CompletionRollup(List.of(new AssignedCourse(12, "helse", "Helsekurs",
                TODAY.plusDays(5), tree.subtree(1), "Helse")), List.of(new UnitCounts(12, 1L, 4, 1, 2),
                new UnitCounts(12, 2L, 6, 3, 5), new UnitCounts(12, 3L, 5, 0, 0), new UnitCounts(12, null, 2, 0, 0)), TODAY);
        CourseCompletion whole = targeted.lines(null).get(0);
        assertEquals(10, whole.staff(), "Oppvekst and people in no unit are not assigned the course");
        assertEquals("Helse", whole.assignedTo());
        assertEquals(6, targeted.lines(tree.subtree(2)).get(0).staff());
        assertEquals(List.of(), targeted.lines(tree.subtree(3)), "not shown for a unit it was not assigned to");
    }

    @Test
    void aCourseNobodyInScopeHasShowsZeroes() {
        CourseCompletion empty = rollup.lines(Set.of()).get(0);
        assertEquals(0, empty.staff());
        assertEquals(0, empty.percentCompleted());
    }

    @Test
    void aCourseAssignedToOnePersonShowsOnlyWhereThatPersonIsCounted() {
        // Kari (in Sykehjem) is assigned a course by name: her name must not show in Oppvekst's report
        CompletionRollup personal = new CompletionRollup(List.of(new AssignedCourse(13, "hms", "HMS",
                TODAY.plusDays(5), null, "Kari Nordmann", true)), List.of(new UnitCounts(13, 2L, 1, 0, 1)), TODAY);
        assertEquals(1, personal.lines(null).get(0).staff());
        assertEquals("Kari Nordmann", personal.lines(tree.subtree(1)).get(0).assignedTo(), "her unit's leader sees it");
        assertEquals(List.of(), personal.lines(tree.subtree(3)), "another unit does not see her name");
        assertEquals(List.of("Helse"), personal.perUnit(tree, null).stream().map(UnitCompletion::unitPath).toList());
    }
}
