package no.laeringsarena.toolbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an editor typed into the item form, checked before anything is saved. {@link #problems()} lists message
 * keys ({@code toolbox.edit.error.*}); an empty list means it can be saved.
 */
public record ToolboxDraft(String key, ToolboxItemType type, ToolboxSection section, String nameNb, String nameNn,
                           String nameEn, String summary, String bodyMarkdown, String owner, LocalDate factCheckedOn,
                           String changeNote) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SUMMARY = 600;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_NOTE = 300;

    public ToolboxDraft {
        key = tidy(key);
        nameNb = tidy(nameNb);
        nameNn = tidy(nameNn);
        nameEn = tidy(nameEn);
        summary = tidy(summary);
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown.replace("\r\n", "\n").stripTrailing();
        owner = tidy(owner);
        changeNote = tidy(changeNote);
    }

    /** The field (form id) and message key of each problem, in form order. */
    public List<Problem> problems(boolean creating, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (creating && !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(new Problem("key", "toolbox.edit.error.key"));
        } else if (creating && key.length() > 100) {
            problems.add(new Problem("key", "toolbox.edit.error.keyTooLong"));
        }
        if (type == null) {
            problems.add(new Problem("type", "toolbox.edit.error.type"));
        }
        if (section == null) {
            problems.add(new Problem("section", "toolbox.edit.error.section"));
        }
        if (nameNb.isEmpty()) {
            problems.add(new Problem("name-nb", "toolbox.edit.error.nameMissing"));
        }
        if (nameNb.length() > MAX_NAME || nameNn.length() > MAX_NAME || nameEn.length() > MAX_NAME) {
            problems.add(new Problem("name-nb", "toolbox.edit.error.nameTooLong"));
        }
        if (summary.length() > MAX_SUMMARY) {
            problems.add(new Problem("summary", "toolbox.edit.error.summaryTooLong"));
        }
        if (bodyMarkdown.isBlank()) {
            problems.add(new Problem("body", "toolbox.edit.error.bodyMissing"));
        } else if (bodyMarkdown.length() > MAX_BODY) {
            problems.add(new Problem("body", "toolbox.edit.error.bodyTooLong"));
        }
        if (owner.isEmpty() || owner.length() > MAX_NAME) {
            problems.add(new Problem("owner", "toolbox.edit.error.owner"));
        }
        if (factCheckedOn == null || factCheckedOn.isAfter(today)) {
            problems.add(new Problem("fact-checked", "toolbox.edit.error.factChecked"));
        }
        if (changeNote.length() > MAX_NOTE) {
            problems.add(new Problem("change-note", "toolbox.edit.error.noteTooLong"));
        }
        return problems;
    }

    /** A problem with one field. */
    public record Problem(String field, String messageKey) {
    }

    private static String tidy(String s) {
        return s == null ? "" : s.strip();
    }
}
