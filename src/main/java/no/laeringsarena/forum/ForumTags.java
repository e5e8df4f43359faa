package no.laeringsarena.forum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free tags (emneord) on threads, as people type them: separated by commas, each normalised to one form so
 * "Kommunesammenslåing", "#kommunesammenslåing" and " kommunesammenslåing " are the same tag — Unicode NFC, lower
 * case, a leading {@code #} dropped, spaces and underscores turned into single hyphens. What is left must be letters
 * and digits (Norwegian and Sami letters included) joined by single hyphens, at most {@link #MAX_LENGTH} characters,
 * and a thread has at most {@link #MAX_TAGS}. Free of the database so it can be tested.
 */
public final class ForumTags {

    public static final int MAX_TAGS = 5;
    public static final int MAX_LENGTH = 30;
    /** Longest text the tag field accepts before it is read at all. */
    public static final int MAX_INPUT = 400;

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    /** The tags read and the problems found, as message keys with the tag they are about (may be empty). */
    public record Result(List<String> tags, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A problem with the tags: a message key and the tag it is about ("" when about them all). */
    public record Problem(String messageKey, String tag) {
    }

    private ForumTags() {
    }

    /** Reads a comma-separated list; duplicates (after normalising) count once, blanks are skipped. */
    public static Result parse(String input) {
        if (input == null || input.isBlank()) {
            return new Result(List.of(), List.of());
        }
        if (input.length() > MAX_INPUT) {
            return new Result(List.of(), List.of(new Problem("forum.tags.error.tooMany", "")));
        }
        Set<String> tags = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String part : input.split("[,;\\n]")) {
            String tag = normalise(part);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_LENGTH) {
                problems.add(new Problem("forum.tags.error.tooLong", tag));
            } else if (!VALID.matcher(tag).matches()) {
                problems.add(new Problem("forum.tags.error.invalid", tag));
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(new Problem("forum.tags.error.tooMany", ""));
        }
        return new Result(List.copyOf(tags), problems);
    }

    /** One tag in its stored form (may be empty, or still invalid: see {@link #parse}). */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String tag = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().toLowerCase(NORWEGIAN);
        while (tag.startsWith("#")) {
            tag = tag.substring(1).strip();
        }
        tag = tag.replaceAll("[\\s_]+", "-").replaceAll("-{2,}", "-");
        return tag.replaceAll("^-+|-+$", "");
    }

    /** A tag given in a link (filter): its stored form, or null when it cannot be a tag. */
    public static String filter(String raw) {
        String tag = normalise(raw);
        return !tag.isEmpty() && tag.length() <= MAX_LENGTH && VALID.matcher(tag).matches() ? tag : null;
    }

    /** The tags as the field shows them for editing. */
    public static String display(List<String> tags) {
        return String.join(", ", tags);
    }
}
