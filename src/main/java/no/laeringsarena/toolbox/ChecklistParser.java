package no.laeringsarena.toolbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of a checklist file: free Markdown (the introduction) until the first {@code ## } heading,
 * then phases ({@code ## }), task groups ({@code ### }) and items ({@code - }), each item optionally starting
 * with {@code [rød]} or {@code [gul]}. Indented lines continue the item above. Anything else after the first
 * phase is an error, so no text silently disappears.
 */
public final class ChecklistParser {

    private static final Pattern PRIORITY = Pattern.compile("^\\[(rød|rod|gul)]\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The parsed body: the introduction (Markdown), the checklist, and problems with their line in the body (1-based). */
    public record Result(String introMarkdown, Checklist checklist, List<Problem> problems) {
    }

    public record Problem(int bodyLine, String message) {
    }

    private ChecklistParser() {
    }

    public static Result parse(String body) {
        List<String> lines = (body == null ? "" : body).lines().toList();
        StringBuilder intro = new StringBuilder();
        List<Problem> problems = new ArrayList<>();
        List<Checklist.Phase> phases = new ArrayList<>();

        String phaseTitle = null;
        List<Checklist.Group> groups = new ArrayList<>();
        String groupTitle = null;
        List<ChecklistItem> items = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.startsWith("## ")) {
                if (phaseTitle != null) {
                    closeGroup(groups, groupTitle, items, phases.size() + 1);
                    phases.add(new Checklist.Phase(phases.size() + 1, phaseTitle, groups));
                }
                phaseTitle = line.substring(3).strip();
                groups = new ArrayList<>();
                groupTitle = null;
                items = new ArrayList<>();
            } else if (phaseTitle == null) {
                intro.append(line).append('\n');
            } else if (line.startsWith("### ")) {
                closeGroup(groups, groupTitle, items, phases.size() + 1);
                groupTitle = line.substring(4).strip();
                items = new ArrayList<>();
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                if (groupTitle == null) {
                    problems.add(new Problem(lineNo, "punktet står før første '### ' (oppgavegruppe) i fasen '" + phaseTitle + "'"));
                    continue;
                }
                String text = line.substring(2).strip();
                ChecklistPriority priority = null;
                Matcher m = PRIORITY.matcher(text);
                if (m.matches()) {
                    priority = m.group(1).toLowerCase(Locale.ROOT).equals("gul") ? ChecklistPriority.GUL : ChecklistPriority.ROD;
                    text = m.group(2).strip();
                }
                if (text.isEmpty()) {
                    problems.add(new Problem(lineNo, "tomt punkt i sjekklisten"));
                    continue;
                }
                items.add(new ChecklistItem(ChecklistItem.ref(phases.size() + 1, groups.size() + 1, items.size() + 1),
                        priority, text));
            } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0)) && !items.isEmpty()) {
                ChecklistItem last = items.remove(items.size() - 1);
                items.add(new ChecklistItem(last.ref(), last.priority(), last.text() + " " + line.strip()));
            } else if (!line.isBlank()) {
                problems.add(new Problem(lineNo, "etter første '## ' (fase) kan sjekklisten bare ha '### ' (oppgavegruppe) "
                        + "og punkter ('- '); fant '" + abbreviate(line) + "'"));
            }
        }
        if (phaseTitle != null) {
            closeGroup(groups, groupTitle, items, phases.size() + 1);
            phases.add(new Checklist.Phase(phases.size() + 1, phaseTitle, groups));
        }
        for (Checklist.Phase phase : phases) {
            if (phase.groups().isEmpty()) {
                problems.add(new Problem(0, "fasen '" + phase.title() + "' har ingen oppgavegrupper med punkter"));
            }
        }
        return new Result(intro.toString().strip(), new Checklist(phases), problems);
    }

    private static void closeGroup(List<Checklist.Group> groups, String title, List<ChecklistItem> items, int phaseNo) {
        if (title != null && !items.isEmpty()) {
            groups.add(new Checklist.Group(groups.size() + 1, title, items));
        }
    }

    private static String abbreviate(String line) {
        String s = line.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
