package no.laeringsarena.toolbox;

/**
 * One thing to do in a checklist.
 *
 * @param ref      "phase.group.item", 1-based: the key progress is kept by
 * @param priority red (must work from day one), yellow (prioritise, may wait), or null
 * @param text     the task, plain text
 */
public record ChecklistItem(String ref, ChecklistPriority priority, String text) {

    public static String ref(int phase, int group, int item) {
        return phase + "." + group + "." + item;
    }
}
