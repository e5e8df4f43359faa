package no.laeringsarena.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.laeringsarena.forum.CategoryContent;
import no.laeringsarena.forum.ThreadContent;
import no.laeringsarena.taxonomy.TermContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real content/ folder of the repository: a broken seed file breaks the build here. */
class ContentFolderTest {

    private static ContentParser.Result result;

    @BeforeAll
    static void parseTheRepositorysContentFolder() throws Exception {
        List<ContentFile> files = ContentSources.forDirectory(Path.of("content")).files();
        result = new ContentParser(ContentTypes.discover()).parseAll(files);
    }

    @Test
    void everyFileInContentParsesWithoutErrors() {
        assertEquals("", result.errors().stream().map(ContentError::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void theTaxonomyHasTheFourSectorsPlusTverrgaende() {
        assertEquals(List.of("helse-og-velferd", "oppvekst-og-utdanning", "plan-bygg-og-geodata", "stottefunksjoner",
                "tverrgaende"), keysInSortOrder("sektor"));
    }

    @Test
    void skoleOgOppvekstIsAnAliasOfOppvekstOgUtdanning() {
        TermContent term = (TermContent) item("sektor", "oppvekst-og-utdanning").data();
        assertEquals(List.of("Skole og oppvekst"), term.aliases());
    }

    @Test
    void thereAreNineCrossCuttingThemes() {
        assertEquals(9, keysInSortOrder("tema").size());
    }

    @Test
    void everySubAreaSitsUnderASector() {
        Map<String, List<String>> bySector = items("omrade").stream().collect(Collectors.groupingBy(
                i -> ((TermContent) i.data()).parent().targetKey(),
                Collectors.mapping(ContentItem::key, Collectors.toList())));
        assertEquals(8, bySector.get("helse-og-velferd").size(), bySector.toString());
        assertEquals(5, bySector.get("oppvekst-og-utdanning").size(), bySector.toString());
        assertEquals(4, bySector.get("plan-bygg-og-geodata").size(), bySector.toString());
        assertTrue(bySector.get("oppvekst-og-utdanning").contains("barnehage"));
    }

    @Test
    void theForumHasSeventeenCategoriesOneClosedAndOneCollectingProjectIdeas() {
        List<ContentItem<?>> categories = items("forumkategori");
        assertEquals(17, categories.size());
        assertEquals(List.of("nettverk-for-prosjektledere"), categories.stream()
                .filter(c -> ((CategoryContent) c.data()).closed()).map(ContentItem::key).toList());
        List<String> ideaCategories = categories.stream()
                .filter(c -> ((CategoryContent) c.data()).ideaCategory()).map(ContentItem::key).toList();
        assertEquals(List.of("prosjektideer"), ideaCategories);
        assertTrue(categories.stream().allMatch(c -> ((CategoryContent) c.data()).name().nn() != null
                && ((CategoryContent) c.data()).name().en() != null), "every category has nynorsk and English names");
    }

    @Test
    void theEighteenWorkshopThreadsAreAttributedToOrganisationsInOpenCategories() {
        // besides the workshop's threads, the editorial team's three threads for questions before the webinars W1–W3
        List<ContentItem<?>> all = items("forumtrad");
        assertEquals(List.of("sporsmal-arkiv-i-nye-kommuner", "sporsmal-felleskomponenter", "sporsmal-programvareroboter"),
                all.stream().map(ContentItem::key).filter(k -> k.startsWith("sporsmal-")).sorted().toList());
        List<ContentItem<?>> threads = all.stream().filter(t -> !t.key().startsWith("sporsmal-")).toList();
        assertEquals(18, threads.size());
        for (ContentItem<?> item : threads) {
            ThreadContent thread = (ThreadContent) item.data();
            assertTrue(thread.organisation().matches("(?i).*(kommune|fylkeskommune|samarbeid|arkiv|nettverk|gruppe).*"),
                    item.key() + " is attributed to an organisation: " + thread.organisation());
            assertTrue(thread.title().length() <= 200, item.key());
        }
        assertEquals(5, threads.stream().filter(t -> ((ThreadContent) t.data()).category().targetKey()
                .equals("anskaffelser-og-avtaler")).count(), "five procurement threads, as the workshop had");
    }

    @Test
    void everyFileIsNamedAfterItsKey() {
        for (ContentItem<?> item : result.items()) {
            assertTrue(item.path().endsWith("/" + item.key() + ".md"), item.path() + " has key " + item.key());
        }
    }

    private static List<ContentItem<?>> items(String type) {
        return result.items().stream().filter(i -> i.type().equals(type)).toList();
    }

    private static ContentItem<?> item(String type, String key) {
        return items(type).stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> keysInSortOrder(String type) {
        return items(type).stream()
                .sorted(java.util.Comparator.comparingInt(i -> ((TermContent) i.data()).sortOrder()))
                .map(ContentItem::key).toList();
    }
}
