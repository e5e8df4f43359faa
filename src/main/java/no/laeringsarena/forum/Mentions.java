package no.laeringsarena.forum;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds @mentions in a post: {@code @Kari Nordmann} names a person by display name. As names have spaces, each
 * mention gives the candidate names of one to four words after the {@code @} ("kari", "kari nordmann", ...),
 * lower-cased; the service keeps the longest that names an account. Quoted lines ({@code > ...}), code blocks and
 * inline code are skipped, so quoting a post does not notify its mentions again, and e-mail addresses are no mentions.
 */
public final class Mentions {

    public static final int MAX_WORDS = 4;
    /** At most this many mentions per post notify anyone: a post is no mailing list. */
    public static final int MAX_MENTIONS = 10;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@(\\p{L}[\\p{L}\\p{N}'-]*(?:[ \\u00A0]\\p{L}[\\p{L}\\p{N}'-]*){0,"
            + (MAX_WORDS - 1) + "})");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    private Mentions() {
    }

    /** Each mention's candidate names, longest first, in the order the mentions appear. */
    public static List<List<String>> candidates(String markdown) {
        List<List<String>> mentions = new ArrayList<>();
        if (markdown == null) {
            return mentions;
        }
        boolean inFence = false;
        for (String line : markdown.split("\\R")) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || trimmed.startsWith(">") || line.startsWith("    ") || line.startsWith("\t")) {
                continue;
            }
            Matcher m = MENTION.matcher(INLINE_CODE.matcher(line).replaceAll(" "));
            while (m.find() && mentions.size() < MAX_MENTIONS) {
                String[] words = m.group(1).split("[ \\u00A0]");
                List<String> names = new ArrayList<>();
                for (int n = words.length; n >= 1; n--) {
                    names.add(String.join(" ", List.of(words).subList(0, n)).replaceAll("[-']+$", "")
                            .toLowerCase(Locale.ROOT));
                }
                mentions.add(names);
            }
        }
        return mentions;
    }

    /** All candidate names of all mentions, for one database look-up. */
    public static Set<String> allCandidates(String markdown) {
        Set<String> all = new LinkedHashSet<>();
        candidates(markdown).forEach(all::addAll);
        return all;
    }

    /** For each mention, the longest candidate that is a known name (lower-case); mentions of no one are left out. */
    public static Set<String> resolve(String markdown, Set<String> knownNames) {
        Set<String> found = new LinkedHashSet<>();
        for (List<String> mention : candidates(markdown)) {
            mention.stream().filter(knownNames::contains).findFirst().ifPresent(found::add);
        }
        return found;
    }
}
