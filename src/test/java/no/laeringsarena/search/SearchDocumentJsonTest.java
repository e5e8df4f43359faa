package no.laeringsarena.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchDocumentJsonTest {

    @Test
    void aDocumentSurvivesTheOutbox() {
        SearchDocument d = new SearchDocument("toolbox:x", "toolbox", "Sjekkliste «dag én»", "Tekst med \"sitat\"\nog linjeskift",
                "nb", "verktoy.xhtml?key=x", Map.of("type", List.of("sjekkliste"), "theme", List.of("a", "b")));
        assertEquals(d, SearchDocumentJson.read(SearchDocumentJson.write(d)));
    }

    @Test
    void didYouMeanUsesTheMarkedWords() {
        assertEquals("sjekkliste", ContentSearch.suggestion("sjeklister",
                Map.of("title", List.of("<mark>Sjekkliste</mark> for digital kommunesammenslåing"))));
        assertEquals("", ContentSearch.suggestion("Sjekkliste", Map.of("title", List.of("<mark>Sjekkliste</mark>"))));
    }
}
