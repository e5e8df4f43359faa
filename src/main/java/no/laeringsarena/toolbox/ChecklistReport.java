package no.laeringsarena.toolbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One person's progress on a checklist as it is exported (PDF, XLSX): every phase with its count of ticked items, its
 * groups, and each item with its priority, whether it is ticked and when, plus the person's note.
 *
 * @param personName who the progress belongs to (the exporting user)
 * @param exportedAt when the export was made
 */
public record ChecklistReport(String itemKey, String itemName, String personName, OffsetDateTime exportedAt, String note,
                              List<Phase> phases) {

    public ChecklistReport {
        note = note == null ? "" : note;
        phases = List.copyOf(phases);
    }

    /** A phase, with how many of its items are ticked. */
    public record Phase(String title, int done, int total, List<Group> groups) {
        public Phase {
            groups = List.copyOf(groups);
        }
    }

    /** A task group of a phase. */
    public record Group(String title, List<Line> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    /** One item: ticked or not, and when (null when not ticked or not known). */
    public record Line(String ref, ChecklistPriority priority, String text, boolean ticked, OffsetDateTime tickedAt) {
    }

    /** The report of {@code progress} (null: nothing ticked yet) on {@code checklist}; the item named in {@code language}. */
    public static ChecklistReport of(ToolboxItem item, Checklist checklist, ChecklistProgress progress, String personName,
                                     String language, OffsetDateTime now) {
        Set<String> ticked = progress == null ? Set.of() : progress.getTicked();
        List<Phase> phases = new ArrayList<>();
        for (Checklist.Phase phase : checklist.phases()) {
            List<Group> groups = new ArrayList<>();
            int done = 0;
            int total = 0;
            for (Checklist.Group group : phase.groups()) {
                List<Line> lines = new ArrayList<>();
                for (ChecklistItem i : group.items()) {
                    boolean isTicked = ticked.contains(i.ref());
                    lines.add(new Line(i.ref(), i.priority(), i.text(), isTicked,
                            isTicked ? progress.tickedAt(i.ref()).orElse(null) : null));
                    total++;
                    done += isTicked ? 1 : 0;
                }
                groups.add(new Group(group.title(), lines));
            }
            phases.add(new Phase(phase.title(), done, total, groups));
        }
        return new ChecklistReport(item.getItemKey(), item.getName().in(language), personName, now,
                progress == null ? "" : progress.getNote(), phases);
    }

    public int done() {
        return phases.stream().mapToInt(Phase::done).sum();
    }

    public int total() {
        return phases.stream().mapToInt(Phase::total).sum();
    }
}
