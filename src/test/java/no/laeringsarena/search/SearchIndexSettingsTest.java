package no.laeringsarena.search;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexSettingsTest {

    @Test
    void synonymFileIsLoadedWithoutComments() {
        List<String> rules = SearchIndexSettings.synonyms();
        assertTrue(rules.stream().noneMatch(r -> r.startsWith("#") || r.isBlank()));
        assertTrue(rules.stream().anyMatch(r -> r.contains("kravspek") && r.contains("kravspesifikasjon")), rules::toString);
        assertTrue(rules.stream().anyMatch(r -> r.contains("dsf") && r.contains("folkeregisteret")));
        assertTrue(rules.stream().anyMatch(r -> r.contains("gårdsnummer")), "UTF-8 is kept");
    }

    @Test
    void synonymsAreInlineInTheSearchAnalyzerOnly() {
        JsonObject analysis = SearchIndexSettings.settings().getJsonObject("analysis");
        JsonObject synonymFilter = analysis.getJsonObject("filter").getJsonObject("no_synonym_graph");
        assertEquals("synonym_graph", synonymFilter.getString("type"));
        List<String> inline = synonymFilter.getJsonArray("synonyms").getValuesAs(JsonString::getString);
        assertEquals(SearchIndexSettings.synonyms(), inline);

        JsonObject analyzers = analysis.getJsonObject("analyzer");
        assertTrue(filters(analyzers, SearchIndexSettings.SEARCH_ANALYZER).contains("no_synonym_graph"));
        assertTrue(!filters(analyzers, SearchIndexSettings.TEXT_ANALYZER).contains("no_synonym_graph"));
    }

    @Test
    void onlyStockElasticsearchNamesAreUsed() {
        JsonObject analysis = SearchIndexSettings.settings().getJsonObject("analysis");
        List<String> stock = List.of("stemmer", "synonym_graph", "edge_ngram", "dictionary_decompounder");
        analysis.getJsonObject("filter").values().forEach(f ->
            assertTrue(stock.contains(f.asJsonObject().getString("type")), f.toString()));
        JsonObject analyzers = analysis.getJsonObject("analyzer");
        for (String name : analyzers.keySet()) {
            assertEquals("standard", analyzers.getJsonObject(name).getString("tokenizer"));
        }
    }

    @Test
    void titlesHaveAnAutocompleteField() {
        JsonObject title = SearchIndexSettings.contentMappings().getJsonObject("properties").getJsonObject("title");
        JsonObject autocomplete = title.getJsonObject("fields").getJsonObject("autocomplete");
        assertEquals(SearchIndexSettings.AUTOCOMPLETE_ANALYZER, autocomplete.getString("analyzer"));
        assertEquals(SearchIndexSettings.SEARCH_ANALYZER, title.getString("search_analyzer"));
    }

    private static List<String> filters(JsonObject analyzers, String name) {
        return analyzers.getJsonObject(name).getJsonArray("filter").getValuesAs(JsonString::getString);
    }

    @Test
    void replicasExpandWithTheClusterUnlessAFixedNumberIsConfigured() {
        JsonObject auto = SearchIndexSettings.settings(List.of(), "auto").getJsonObject("index");
        assertEquals("0-1", auto.getString("auto_expand_replicas"));
        assertFalse(auto.containsKey("number_of_replicas"));
        assertEquals("0-1", SearchIndexSettings.settings(List.of(), null).getJsonObject("index").getString("auto_expand_replicas"));

        JsonObject two = SearchIndexSettings.settings(List.of(), " 2 ").getJsonObject("index");
        assertEquals("false", two.getString("auto_expand_replicas"));
        assertEquals(2, two.getInt("number_of_replicas"));
        assertEquals(1, two.getInt("number_of_shards"));

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
            () -> SearchIndexSettings.settings(List.of(), "mange"));
        assertTrue(wrong.getMessage().contains("SEARCH_REPLICAS"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchIndexSettings.settings(List.of(), "-1"));
    }
}
