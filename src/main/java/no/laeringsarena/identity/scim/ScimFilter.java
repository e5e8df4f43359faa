package no.laeringsarena.identity.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of the RFC 7644 §3.4.2.2 filter language provisioning clients use to find a resource before they create
 * it: {@code attribute eq "value"}, optionally joined with {@code and}, e.g. {@code userName eq "kari@kommune.no"}.
 * Anything else is refused as {@code invalidFilter} rather than half understood.
 */
public record ScimFilter(List<Comparison> comparisons) {

    /** One {@code attribute eq value}: the attribute in its canonical spelling, the value a String or Boolean. */
    public record Comparison(String attribute, Object value) {
    }

    public static final Map<String, String> USER_ATTRIBUTES = canonical("id", "userName", "externalId",
            "displayName", "emails.value", "active");

    public static final Map<String, String> GROUP_ATTRIBUTES = canonical("id", "displayName");

    private static Map<String, String> canonical(String... names) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (String name : names) {
            map.put(name.toLowerCase(Locale.ROOT), name);
        }
        return Map.copyOf(map);
    }

    /** The filter, or an {@code invalidFilter} ScimException; attribute names are matched without regard to case. */
    public static ScimFilter parse(String filter, Map<String, String> attributes) {
        if (filter == null || filter.isBlank()) {
            throw invalid("the filter is empty");
        }
        if (filter.length() > 1000) {
            throw invalid("the filter is too long");
        }
        Tokens tokens = new Tokens(filter);
        List<Comparison> comparisons = new ArrayList<>();
        while (true) {
            String attribute = tokens.word();
            String known = attributes.get(stripUserSchema(attribute).toLowerCase(Locale.ROOT));
            if (known == null) {
                throw invalid("filtering on '" + attribute + "' is not supported; use one of " + attributes.values());
            }
            String operator = tokens.word().toLowerCase(Locale.ROOT);
            if (!operator.equals("eq")) {
                throw invalid("the operator '" + operator + "' is not supported; use eq");
            }
            comparisons.add(new Comparison(known, tokens.value()));
            if (tokens.atEnd()) {
                return new ScimFilter(List.copyOf(comparisons));
            }
            String joiner = tokens.word();
            if (!joiner.equalsIgnoreCase("and")) {
                throw invalid("only 'and' can join comparisons, not '" + joiner + "'");
            }
        }
    }

    private static String stripUserSchema(String attribute) {
        String prefix = ScimSchemas.USER.toLowerCase(Locale.ROOT) + ":";
        return attribute.toLowerCase(Locale.ROOT).startsWith(prefix) ? attribute.substring(prefix.length()) : attribute;
    }

    static ScimException invalid(String detail) {
        return ScimException.badRequest("invalidFilter", detail);
    }

    /** Words, quoted JSON strings and the literals true, false. */
    private static final class Tokens {
        private final String text;
        private int at;

        Tokens(String text) {
            this.text = text;
        }

        boolean atEnd() {
            skipSpace();
            return at >= text.length();
        }

        String word() {
            skipSpace();
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '"'
                    && text.charAt(at) != '(' && text.charAt(at) != ')' && text.charAt(at) != '[') {
                at++;
            }
            if (start == at) {
                throw invalid(at >= text.length() ? "the filter ends too early" : "unexpected '" + text.charAt(at)
                        + "' at position " + (at + 1) + " (grouping and complex filters are not supported)");
            }
            return text.substring(start, at);
        }

        Object value() {
            skipSpace();
            if (at < text.length() && text.charAt(at) == '"') {
                return quoted();
            }
            String literal = word();
            return switch (literal.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid("the value '" + literal + "' must be a quoted string, true or false");
            };
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (at >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case '"', '\\', '/' -> value.append(escaped);
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        default -> throw invalid("unknown escape \\" + escaped + " in a string");
                    }
                } else {
                    value.append(c);
                }
            }
            throw invalid("a string is not closed with \"");
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
