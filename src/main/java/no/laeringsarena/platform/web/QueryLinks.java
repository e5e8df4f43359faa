package no.laeringsarena.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds page addresses with query parameters (GET filters keep pages bookmarkable and work without JavaScript). */
public final class QueryLinks {

    private QueryLinks() {
    }

    /** {@code page?k=v&...} with the given parameters, blank values left out; then one changed or removed (null). */
    public static String with(String page, Map<String, String> current, String name, String value) {
        Map<String, String> params = new LinkedHashMap<>(current);
        if (value == null || value.isBlank()) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? page : page + "?" + query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
