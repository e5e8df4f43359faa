package no.laeringsarena.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL with named parameters ({@code :user}) turned into JDBC's positional ones, with the names in order. */
record NamedSql(String jdbc, List<String> names) {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    static NamedSql of(String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new NamedSql(out.toString(), List.copyOf(names));
    }
}
