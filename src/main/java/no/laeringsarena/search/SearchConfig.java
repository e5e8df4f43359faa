package no.laeringsarena.search;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the search cluster is and how to log in to it, validated: {@code search.url} (env {@code SEARCH_URL}) is
 * required and must be an http(s) URL; credentials are either {@code search.username} + {@code search.password}
 * or {@code search.apiKey}, or none.
 */
public record SearchConfig(URI url, Optional<String> username, Optional<String> password, Optional<String> apiKey) {

    public SearchConfig {
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalStateException("search.username and search.password (SEARCH_USERNAME / SEARCH_PASSWORD) "
                + "must be set together");
        }
        if (username.isPresent() && apiKey.isPresent()) {
            throw new IllegalStateException("Set either search.username/search.password or search.apiKey "
                + "(SEARCH_API_KEY), not both");
        }
    }

    public static SearchConfig of(Optional<String> url, Optional<String> username, Optional<String> password,
                                  Optional<String> apiKey) {
        return new SearchConfig(parseUrl(url), blankToEmpty(username), blankToEmpty(password), blankToEmpty(apiKey));
    }

    static URI parseUrl(Optional<String> value) {
        String text = value.map(String::strip).filter(s -> !s.isEmpty()).orElseThrow(() -> new IllegalStateException(
            "SEARCH_URL is not set: set the environment variable SEARCH_URL (or the config property search.url) "
                + "to the Elasticsearch URL, e.g. http://localhost:9200"));
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null) {
                throw new URISyntaxException(text, "expected http://host:port or https://host:port");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("SEARCH_URL is not a valid Elasticsearch URL: '" + text
                + "' (expected http://host:port or https://host:port)", e);
        }
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public String toString() {   // no secrets in logs
        return "SearchConfig[url=" + url + ", auth=" + (apiKey.isPresent() ? "api key" : username.isPresent() ? "basic" : "none") + "]";
    }
}
