package no.laeringsarena.toolbox;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable difference between two versions of an item, field by field and line by line (java-diff-utils'
 * Myers diff): unchanged lines around a change are kept as context ({@value #CONTEXT} lines), longer unchanged
 * stretches are folded. Text stays plain; pages escape it.
 */
public final class VersionDiff {

    static final int CONTEXT = 2;

    /** What happened to a line. */
    public enum Kind { SAME, ADDED, REMOVED, FOLDED }

    /** One shown line: its kind and text (for FOLDED, how many lines were folded). */
    public record Line(Kind kind, String text) {
        public String css() {
            return "la-diff-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String sign() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "−";
                case SAME, FOLDED -> " ";
            };
        }
    }

    /** The changed lines of one field (empty lines when the field did not change). */
    public record Field(String messageKey, List<Line> lines) {
        public boolean changed() {
            return lines.stream().anyMatch(l -> l.kind() == Kind.ADDED || l.kind() == Kind.REMOVED);
        }
    }

    private VersionDiff() {
    }

    /** The fields that changed from {@code older} to {@code newer}. */
    public static List<Field> between(ToolboxItemVersion older, ToolboxItemVersion newer) {
        List<Field> fields = new ArrayList<>();
        add(fields, "toolbox.edit.nameNb", older.getName(), newer.getName());
        add(fields, "toolbox.status", older.getStatus().key(), newer.getStatus().key());
        add(fields, "toolbox.edit.summary", older.getSummary(), newer.getSummary());
        add(fields, "toolbox.edit.body", older.getBodyMarkdown(), newer.getBodyMarkdown());
        if (!older.getMetadata().isEmpty() && !newer.getMetadata().isEmpty()) {
            add(fields, "toolbox.edit.metadata", older.getMetadata(), newer.getMetadata());
        }
        return fields;
    }

    private static void add(List<Field> fields, String key, String older, String newer) {
        Field field = new Field(key, lines(older, newer));
        if (field.changed()) {
            fields.add(field);
        }
    }

    /** The line diff of two texts with folded context. */
    public static List<Line> lines(String older, String newer) {
        List<String> a = split(older);
        List<String> b = split(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> all = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                all.add(new Line(Kind.SAME, a.get(position)));
            }
            delta.getSource().getLines().forEach(l -> all.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> all.add(new Line(Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < a.size(); position++) {
            all.add(new Line(Kind.SAME, a.get(position)));
        }
        return fold(all);
    }

    private static List<Line> fold(List<Line> all) {
        boolean[] keep = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        List<Line> shown = new ArrayList<>();
        int folded = 0;
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                if (folded > 0) {
                    shown.add(new Line(Kind.FOLDED, String.valueOf(folded)));
                    folded = 0;
                }
                shown.add(all.get(i));
            } else {
                folded++;
            }
        }
        if (folded > 0) {
            shown.add(new Line(Kind.FOLDED, String.valueOf(folded)));
        }
        return shown;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
