package no.laeringsarena.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What users notice of the Norwegian analysis, against a real Elasticsearch (the local node, or SEARCH_URL):
 * inflections, synonyms, Scandinavian letters typed without them, title suggestions, highlighting.
 * Uses the application's own classes without CDI. Its documents are prefixed "it-" and removed afterwards.
 */
class NorwegianSearchIT {

    private static ElasticsearchClient client;
    private static SearchIndexAdmin admin;

    private static final List<SearchDocument> DOCUMENTS = List.of(
        doc("it-bil", "article", "Parkering ved rådhuset", "Ansatte kan sette fra seg en bil i P-huset."),
        doc("it-kommune", "article", "Hva gjør en kommune?", "Oversikt over tjenestene hver kommune har ansvar for."),
        doc("it-krav", "guide", "Kravspesifikasjon for nytt sak- og arkivsystem", "Slik skriver dere en god kravspesifikasjon."),
        doc("it-dsf", "article", "Adresseoppslag", "Integrasjonen henter bostedsadresser fra DSF hver natt."),
        doc("it-sammenslaing", "article", "Kommunesammenslåing i praksis", "Erfaringer etter kommunesammenslåingen i 2020."),
        doc("it-noark", "guide", "Arkivering etter Noark 5", "Krav til arkivsystemer i offentlig forvaltning."),
        doc("it-skoleskyss", "template", "Skyss til skolen", "Bruk kravspesifikasjonsmalen når skysstilbudet lyses ut."));

    @BeforeAll
    static void indexDocuments() {
        String url = System.getProperty("search.url");
        assertTrue(url != null, "search.url is not set: run through failsafe (./mvnw verify), which starts the local node");
        client = SearchClientProducer.create(SearchConfig.of(Optional.of(url), Optional.ofNullable(System.getenv("SEARCH_USERNAME")),
            Optional.ofNullable(System.getenv("SEARCH_PASSWORD")), Optional.ofNullable(System.getenv("SEARCH_API_KEY"))));
        admin = new SearchIndexAdmin(client);
        assertTrue(admin.isAvailable(), "Elasticsearch at " + url + " answers");
        assertTrue(admin.ensureIndexes());
        for (SearchDocument document : DOCUMENTS) {
            assertTrue(admin.index(document));
        }
        assertTrue(admin.refresh());
    }

    @AfterAll
    static void removeDocuments() throws Exception {
        if (admin != null) {
            DOCUMENTS.forEach(d -> admin.delete(d.id()));
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theSharedSettingsAreAcceptedAsTheyAre() throws Exception {
        String index = "laeringsarena-it-settings-" + UUID.randomUUID();
        String body = Json.createObjectBuilder()
            .add("settings", SearchIndexSettings.settings())
            .add("mappings", SearchIndexSettings.contentMappings())
            .build().toString();
        try {
            assertTrue(client.indices().create(c -> c.withJson(new StringReader(body)).index(index)).acknowledged());
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }

    @Test
    void ensuringTheIndexesAgainChangesNothing() throws Exception {
        // the alias points to one content index: the first one, or the one a full reindex built (another IT may have run one)
        List<String> before = List.copyOf(client.indices().getAlias(a -> a.name(SearchIndexAdmin.CONTENT_ALIAS)).aliases().keySet());
        assertEquals(1, before.size(), before.toString());
        assertTrue(before.get(0).startsWith(SearchIndexAdmin.CONTENT_ALIAS + "-"), before.toString());
        assertTrue(admin.ensureIndexes());
        assertEquals(before,
            List.copyOf(client.indices().getAlias(a -> a.name(SearchIndexAdmin.CONTENT_ALIAS)).aliases().keySet()));
    }

    @Test
    void inflectedFormsFindTheBaseForm() {
        assertFound("bilene", "it-bil");
        assertFound("kommunen", "it-kommune");
    }

    @Test
    void domainSynonymsWorkBothWays() {
        assertFound("kravspek", "it-krav");
        assertFound("krav.spekk", "it-krav");
        assertFound("Folkeregisteret", "it-dsf");
        assertFound("N5", "it-noark");
    }

    @Test
    void compoundWordsAreFoundByTheirParts() {
        assertFound("kravspesifikasjon", "it-skoleskyss");
        assertFound("spesifikasjon", "it-skoleskyss");
        assertFound("krav", "it-skoleskyss");
        assertFalse(ids(admin.search("malen", Optional.empty(), 10)).contains("it-skoleskyss"),
            "three-letter parts are left out: \"mal\" hides in too many words");
    }

    @Test
    void lettersTypedWithoutÆØÅStillMatch() {
        assertFound("kommunesammenslaing", "it-sammenslaing");
        assertFound("radhuset", "it-bil");
    }

    @Test
    void matchesAreHighlighted() {
        SearchHit hit = hit("bilene", "it-bil");
        assertTrue(hit.highlights().get("body").stream().anyMatch(f -> f.contains("<mark>bil</mark>")), hit.highlights()::toString);
    }

    @Test
    void typeFilterNarrowsTheResults() {
        SearchResults guides = admin.search("kravspesifikasjon", Optional.of("guide"), 10);
        assertTrue(ids(guides).contains("it-krav"));
        assertFalse(ids(admin.search("kravspesifikasjon", Optional.of("article"), 10)).contains("it-krav"));
    }

    @Test
    void titlePrefixesSuggestTitles() {
        assertTrue(admin.suggestTitles("kravs", 5).contains("Kravspesifikasjon for nytt sak- og arkivsystem"),
            () -> admin.suggestTitles("kravs", 5).toString());
        assertTrue(admin.suggestTitles("kommunesam", 5).contains("Kommunesammenslåing i praksis"));
    }

    @Test
    void deletedDocumentsAreNotFound() {
        SearchDocument temporary = doc("it-temporary", "article", "Midlertidig sideoppslag", "Fjernes straks.");
        assertTrue(admin.index(temporary, true));
        assertFound("sideoppslag", "it-temporary");
        assertTrue(admin.delete(temporary.id()));
        assertTrue(admin.refresh());
        assertFalse(ids(admin.search("sideoppslag", Optional.empty(), 10)).contains("it-temporary"));
    }

    private static void assertFound(String query, String id) {
        hit(query, id);
    }

    private static SearchHit hit(String query, String id) {
        SearchResults results = admin.search(query, Optional.empty(), 10);
        assertTrue(results.available());
        return results.hits().stream().filter(h -> h.document().id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("'" + query + "' should find " + id + " but found " + ids(results)));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.document().id()).toList();
    }

    private static SearchDocument doc(String id, String type, String title, String body) {
        return new SearchDocument(id, type, title, body, "nb", "/innhold/" + id, Map.of("topic", List.of("test")));
    }
}
