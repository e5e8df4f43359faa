package no.laeringsarena.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.laeringsarena.identity.UnitTree;

/**
 * Adds up the per-unit counts of one database query into report lines: for the whole organisation, for a unit with
 * everything below it, and per unit one level down. Every figure on the page and in the exports comes from here.
 */
public final class CompletionRollup {

    private final List<AssignedCourse> courses;
    private final List<UnitCounts> counts;
    private final LocalDate today;

    public CompletionRollup(List<AssignedCourse> courses, List<UnitCounts> counts, LocalDate today) {
        this.courses = List.copyOf(courses);
        this.counts = List.copyOf(counts);
        this.today = today;
    }

    /**
     * One line per assigned course, over the people of the units in scope (null: everyone, unplaced included); a
     * course assigned to units outside the scope is left out, and so is one assigned to a person outside it.
     */
    public List<CourseCompletion> lines(Set<Long> unitsInScope) {
        Predicate<UnitCounts> inScope = unitsInScope == null ? c -> true
                : c -> c.unitId() != null && unitsInScope.contains(c.unitId());
        return courses.stream()
                .filter(course -> unitsInScope == null || course.targetUnits() == null
                        || !java.util.Collections.disjoint(course.targetUnits(), unitsInScope))
                .map(course -> java.util.Map.entry(course, line(course, inScope)))
                .filter(e -> unitsInScope == null || !e.getKey().personal() || e.getValue().staff() > 0)
                .map(java.util.Map.Entry::getValue).toList();
    }

    /** For each unit directly below {@code parent} (null: the top units), its lines with everything below it. */
    public List<UnitCompletion> perUnit(UnitTree tree, Long parent) {
        List<UnitCompletion> result = new ArrayList<>();
        for (UnitTree.Node unit : tree.nodes()) {
            if (!java.util.Objects.equals(unit.parentId(), parent)) {
                continue;
            }
            Set<Long> subtree = tree.subtree(unit.id());
            for (CourseCompletion line : lines(subtree)) {
                result.add(new UnitCompletion(unit.id(), unit.path(), line));
            }
        }
        return result;
    }

    private CourseCompletion line(AssignedCourse course, Predicate<UnitCounts> inScope) {
        int staff = 0;
        int completed = 0;
        int started = 0;
        for (UnitCounts c : counts) {
            if (c.assignmentId() == course.assignmentId() && course.concerns(c.unitId()) && inScope.test(c)) {
                staff += c.staff();
                completed += c.completed();
                started += c.started();
            }
        }
        return CourseCompletion.fromCounts(course.courseKey(), course.courseTitle(), course.deadline(), staff, completed,
                started, today).assignedTo(course.assignedTo());
    }
}
