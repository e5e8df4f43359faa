package no.laeringsarena.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What one import run did, item by item: created, updated, unchanged, skipped (with a warning saying why),
 * errors (file:line: message), and notes (items that are no longer in the content folder).
 */
public final class ImportReport {

    /** One item's line in the report. */
    public record Entry(String path, int line, String item, String message) {

        public String location() {
            return line > 0 ? path + ":" + line : path;
        }

        @Override
        public String toString() {
            return location() + ": " + item + (message == null || message.isEmpty() ? "" : ": " + message);
        }
    }

    private final String source;
    private final List<Entry> created = new ArrayList<>();
    private final List<Entry> updated = new ArrayList<>();
    private final List<Entry> unchanged = new ArrayList<>();
    private final List<Entry> skipped = new ArrayList<>();
    private final List<ContentError> errors = new ArrayList<>();
    private final List<Entry> notes = new ArrayList<>();

    public ImportReport(String source) {
        this.source = source;
    }

    void created(ContentItem<?> item) {
        created.add(entry(item, ""));
    }

    void updated(ContentItem<?> item, String message) {
        updated.add(entry(item, message));
    }

    void unchanged(ContentItem<?> item) {
        unchanged.add(entry(item, ""));
    }

    void skipped(ContentItem<?> item, String why) {
        skipped.add(entry(item, why));
    }

    void error(ContentError error) {
        errors.add(error);
    }

    void note(Entry note) {
        notes.add(note);
    }

    private static Entry entry(ContentItem<?> item, String message) {
        return new Entry(item.path(), item.keyLine(), item.label(), message);
    }

    public String source() {
        return source;
    }

    public List<Entry> created() {
        return List.copyOf(created);
    }

    public List<Entry> updated() {
        return List.copyOf(updated);
    }

    public List<Entry> unchanged() {
        return List.copyOf(unchanged);
    }

    /** Items left as they are in the database, each with a warning saying why. */
    public List<Entry> skipped() {
        return List.copyOf(skipped);
    }

    public List<ContentError> errors() {
        return List.copyOf(errors);
    }

    /** For information: items imported earlier whose file is gone (they are kept, not deleted). */
    public List<Entry> notes() {
        return List.copyOf(notes);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasWarnings() {
        return !skipped.isEmpty() || !updated.stream().allMatch(e -> e.message().isEmpty());
    }

    /** One line: what happened, in numbers. */
    public String summary() {
        return "Innholdsimport fra " + source + ": " + created.size() + " nye, " + updated.size() + " oppdatert, "
                + unchanged.size() + " uendret, " + skipped.size() + " ikke overskrevet, " + errors.size() + " feil, "
                + notes.size() + " ikke lenger i content/";
    }

    /** Lines that need a person's attention: warnings (skipped, forced overwrites) and errors. */
    public List<String> problemLines() {
        List<String> lines = new ArrayList<>();
        updated.stream().filter(e -> !e.message().isEmpty()).forEach(e -> lines.add("ADVARSEL " + e));
        skipped.forEach(e -> lines.add("ADVARSEL " + e));
        errors.forEach(e -> lines.add("FEIL " + e));
        return lines;
    }

    /** The summary, then one line per warning, error and note. */
    public String toLogString() {
        StringBuilder s = new StringBuilder(summary());
        for (String line : problemLines()) {
            s.append('\n').append(line);
        }
        for (Entry note : notes) {
            s.append('\n').append("INFO ").append(note);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return toLogString();
    }
}
