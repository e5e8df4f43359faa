package no.laeringsarena.elearning.scorm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Paths inside a package: resolving {@code xml:base} and {@code href} to a normalised relative path that cannot
 * leave the package, and appending an item's launch {@code parameters} the way IMS CP describes.
 */
final class LaunchPaths {

    private LaunchPaths() {
    }

    /**
     * Joins the bases and the href into one path inside the package, or empty when the result is absolute, has a
     * scheme (an external URL), or climbs out with {@code ..}. A query or fragment on the href is kept as it is.
     */
    static Optional<String> resolve(String href, String... bases) {
        StringBuilder joined = new StringBuilder();
        for (String base : bases) {
            if (base != null && !base.isBlank()) {
                String b = base.strip();
                if (isAbsolute(b)) {
                    return Optional.empty();
                }
                joined.append(b);
                if (!b.endsWith("/")) {
                    joined.append('/');
                }
            }
        }
        String h = href.strip();
        if (isAbsolute(h)) {
            return Optional.empty();
        }
        joined.append(h);
        String full = joined.toString().replace('\\', '/');
        int cut = indexOfAny(full, '?', '#');
        String path = cut < 0 ? full : full.substring(0, cut);
        String rest = cut < 0 ? "" : full.substring(cut);
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", parts) + rest);
    }

    /** The file part of a resolved path (no query or fragment), percent-decoded, to look up in the package. */
    static String filePart(String resolved) {
        int cut = indexOfAny(resolved, '?', '#');
        String path = cut < 0 ? resolved : resolved.substring(0, cut);
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** IMS CP's launch-parameter rule: "#x" adds a fragment (if none), "?x"/"&x"/"x" add to the query. */
    static String withParameters(String href, String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return href;
        }
        String p = parameters.strip();
        if (p.startsWith("#")) {
            return href.contains("#") ? href : href + p;
        }
        if (p.startsWith("?") || p.startsWith("&")) {
            p = p.substring(1);
        }
        int hash = href.indexOf('#');
        String base = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + p + fragment;
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
