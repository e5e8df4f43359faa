package no.laeringsarena.search;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchConfigTest {

    private static SearchConfig config(String url) {
        return SearchConfig.of(Optional.ofNullable(url), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void missingUrlNamesTheEnvironmentVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> config(null));
        assertTrue(e.getMessage().startsWith("SEARCH_URL is not set"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> config("   "));
    }

    @Test
    void malformedUrlIsRefusedWithTheValue() {
        for (String bad : new String[] {"localhost:9200", "ftp://search:21", "http://", "http://exa mple:9200"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> config(bad), bad);
            assertTrue(e.getMessage().startsWith("SEARCH_URL is not a valid Elasticsearch URL"), e.getMessage());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void acceptsHttpAndHttps() {
        assertEquals(URI.create("http://127.0.0.1:9200"), config(" http://127.0.0.1:9200 ").url());
        assertEquals("es.kommune.no", config("https://es.kommune.no").url().getHost());
    }

    @Test
    void credentialsAreBasicOrApiKeyNotBoth() {
        assertThrows(IllegalStateException.class, () -> SearchConfig.of(Optional.of("http://h:9200"),
            Optional.of("user"), Optional.empty(), Optional.empty()));
        assertThrows(IllegalStateException.class, () -> SearchConfig.of(Optional.of("http://h:9200"),
            Optional.of("user"), Optional.of("pw"), Optional.of("key")));
        SearchConfig basic = SearchConfig.of(Optional.of("http://h:9200"), Optional.of("user"), Optional.of("pw"), Optional.of(" "));
        assertFalse(basic.apiKey().isPresent());
        assertFalse(basic.toString().contains("pw"), "no secrets in toString");
    }
}
