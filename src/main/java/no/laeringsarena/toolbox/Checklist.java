package no.laeringsarena.toolbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The structure of an interactive checklist: phases, each with groups of items. Every item has a
 * {@link ChecklistItem#ref() ref} ("phase.group.item", 1-based) that progress is kept by.
 */
public record Checklist(List<Phase> phases) {

    public Checklist {
        phases = List.copyOf(phases);
    }

    /** One phase (a {@code ##} heading), e.g. "Før du starter". */
    public record Phase(int number, String title, List<Group> groups) {
        public Phase {
            groups = List.copyOf(groups);
        }

        public Stream<ChecklistItem> items() {
            return groups.stream().flatMap(g -> g.items().stream());
        }
    }

    /** A task group within a phase (a {@code ###} heading). */
    public record Group(int number, String title, List<ChecklistItem> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** How far a user has come in one phase. */
    public record PhaseProgress(int phaseNumber, String title, int done, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }

        public boolean complete() {
            return total > 0 && done == total;
        }
    }

    public boolean isEmpty() {
        return phases.stream().allMatch(p -> p.items().findAny().isEmpty());
    }

    public Stream<ChecklistItem> items() {
        return phases.stream().flatMap(Phase::items);
    }

    public int size() {
        return (int) items().count();
    }

    /** The refs of all items, in order. */
    public Set<String> refs() {
        Set<String> refs = new LinkedHashSet<>();
        items().forEach(i -> refs.add(i.ref()));
        return refs;
    }

    /** Only those of {@code ticked} that name an item of this checklist (old or forged refs are dropped). */
    public Set<String> known(Set<String> ticked) {
        Set<String> known = new LinkedHashSet<>(refs());
        known.retainAll(ticked);
        return known;
    }

    /** Progress per phase for a set of ticked refs. */
    public List<PhaseProgress> progress(Set<String> ticked) {
        List<PhaseProgress> progress = new ArrayList<>();
        for (Phase phase : phases) {
            List<ChecklistItem> items = phase.items().toList();
            int done = (int) items.stream().filter(i -> ticked.contains(i.ref())).count();
            progress.add(new PhaseProgress(phase.number(), phase.title(), done, items.size()));
        }
        return progress;
    }

    /** True when every item is ticked. */
    public boolean isCompletedBy(Set<String> ticked) {
        return !isEmpty() && ticked.containsAll(refs());
    }
}
