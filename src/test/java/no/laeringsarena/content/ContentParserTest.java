package no.laeringsarena.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.laeringsarena.forum.CategoryContent;
import no.laeringsarena.taxonomy.TermContent;
import org.junit.jupiter.api.Test;

/** What an editor sees when a content file is right, and when it is wrong: every error names file and line. */
class ContentParserTest {

    private final ContentParser parser = new ContentParser(ContentTypes.discover());

    private static ContentFile file(String path, String... lines) {
        return new ContentFile(path, String.join("\n", lines) + "\n");
    }

    private ContentError onlyError(ContentFile file) {
        ContentParser.Result result = parser.parseAll(List.of(file));
        assertEquals(1, result.errors().size(), () -> "expected one error, got " + result.errors());
        assertTrue(result.items().isEmpty(), "a file with an error is not imported");
        return result.errors().get(0);
    }

    // ----- happy paths, one per type -----

    @Test
    void readsASectorWithNamesInThreeLanguagesAnAliasAndADescription() {
        ContentParser.FileResult result = parser.parse(file("content/taksonomi/sektorer/oppvekst-og-utdanning.md",
                "---",
                "type: sektor",
                "key: oppvekst-og-utdanning",
                "navn: {nb: Oppvekst og utdanning, nn: Oppvekst og utdanning, en: Childhood and education}",
                "alias: [Skole og oppvekst]",
                "rekkefølge: 2",
                "---",
                "",
                "Barnehage og skole.",
                ""));
        assertEquals(List.of(), result.errors());
        ContentItem<?> item = result.item().orElseThrow();
        assertEquals("sektor", item.type());
        assertEquals("oppvekst-og-utdanning", item.key());
        assertEquals(3, item.keyLine());
        TermContent term = (TermContent) item.data();
        assertEquals("Childhood and education", term.name().in("en"));
        assertEquals(List.of("Skole og oppvekst"), term.aliases());
        assertEquals(2, term.sortOrder());
        assertEquals("Barnehage og skole.", term.descriptionMarkdown());
        assertNull(term.parent());
    }

    @Test
    void aBokmalOnlyNameFallsBackToBokmalInNynorskAndEnglish() {
        ContentItem<?> item = parser.parse(file("content/taksonomi/tema/kompetanse.md",
                "---", "type: tema", "key: kompetanse", "navn: Kompetanse", "---")).item().orElseThrow();
        TermContent term = (TermContent) item.data();
        assertEquals("Kompetanse", term.name().in("nn"));
        assertEquals("Kompetanse", term.name().in("en"));
        assertEquals("", term.descriptionMarkdown());
    }

    @Test
    void readsASubAreaWithItsParentSector() {
        ContentParser.Result result = parser.parseAll(List.of(
                sector("helse-og-velferd"),
                file("content/taksonomi/omrader/legevakt.md",
                        "---", "type: omrade", "key: legevakt", "parent: helse-og-velferd",
                        "navn: {nb: Legevakt, en: Emergency clinic}", "---", "Legevakten.")));
        assertEquals(List.of(), result.errors());
        ContentItem<?> subArea = result.items().stream().filter(i -> i.type().equals("omrade")).findFirst().orElseThrow();
        assertEquals("helse-og-velferd", ((TermContent) subArea.data()).parent().targetKey());
        assertEquals("sektor", result.items().get(0).type(), "sectors are imported before the sub-areas under them");
    }

    @Test
    void readsAForumCategoryWithSectorThemesAndIdeaFlag() {
        ContentParser.Result result = parser.parseAll(List.of(
                sector("tverrgaende"),
                file("content/taksonomi/tema/kompetanse.md", "---", "type: tema", "key: kompetanse", "navn: Kompetanse", "---"),
                file("content/forum/kategorier/prosjektideer.md",
                        "---",
                        "type: forumkategori",
                        "key: prosjektideer",
                        "navn:",
                        "  nb: Prosjektidéer",
                        "  nn: Prosjektidear",
                        "sektor: tverrgaende",
                        "tema: kompetanse",
                        "idekategori: true",
                        "---",
                        "Meld inn en idé.")));
        assertEquals(List.of(), result.errors());
        ContentItem<?> item = result.items().get(result.items().size() - 1);
        assertEquals("forumkategori", item.type(), "forum categories are imported after the taxonomy");
        CategoryContent category = (CategoryContent) item.data();
        assertEquals("Prosjektidear", category.name().in("nn"));
        assertEquals("Prosjektidéer", category.name().in("en"), "English falls back to bokmål");
        assertTrue(category.ideaCategory());
        assertEquals("tverrgaende", category.sector().targetKey());
        assertEquals("kompetanse", category.themes().get(0).targetKey());
        assertEquals("Meld inn en idé.", category.descriptionMarkdown());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        ContentParser.FileResult result = parser.parse(new ContentFile("content/taksonomi/tema/x.md",
                "\uFEFF---\r\ntype: tema\r\nkey: x\r\nnavn: X\r\n---\r\nTekst\r\n"));
        assertEquals(List.of(), result.errors());
    }

    // ----- broken front matter: file and line -----

    @Test
    void unclosedFrontMatterIsAnErrorAtLine1() {
        ContentError error = onlyError(file("content/taksonomi/sektorer/x.md",
                "---", "type: sektor", "key: x", "navn: X", "Her skulle det stått ---"));
        assertEquals("content/taksonomi/sektorer/x.md", error.path());
        assertEquals(1, error.line());
        assertTrue(error.message().contains("aldri avsluttet"), error.message());
    }

    @Test
    void aFileWithoutFrontMatterIsAnErrorAtLine1() {
        ContentError error = onlyError(file("content/taksonomi/sektorer/x.md", "# Bare Markdown", "tekst"));
        assertEquals(1, error.line());
        assertTrue(error.toString().startsWith("content/taksonomi/sektorer/x.md:1: "), error.toString());
    }

    @Test
    void aYamlSyntaxErrorNamesTheLineOfTheYaml() {
        ContentError error = onlyError(file("content/taksonomi/tema/x.md",
                "---",
                "type: tema",
                "key: x",
                "navn: {nb: Digital dialog, nn: Digital dialog",
                "rekkefølge: 1",
                "---"));
        assertTrue(error.message().startsWith("ugyldig YAML"), error.message());
        assertTrue(error.line() >= 4 && error.line() <= 6, "line of the broken YAML, got " + error);
    }

    @Test
    void aBadIndentIsReportedAtItsOwnLine() {
        ContentError error = onlyError(file("content/taksonomi/tema/x.md",
                "---",
                "type: tema",
                "key: x",
                "navn:",
                "  nb: Digital dialog",
                " nn: Digital dialog",
                "---"));
        assertEquals(6, error.line(), error.toString());
    }

    @Test
    void aFieldWrittenTwiceIsAnError() {
        ContentError error = onlyError(file("content/taksonomi/tema/x.md",
                "---", "type: tema", "key: x", "navn: X", "navn: Y", "---"));
        assertEquals(5, error.line(), error.toString());
    }

    @Test
    void aMissingRequiredFieldIsReportedAtTheClosingFence() {
        ContentError error = onlyError(file("content/taksonomi/sektorer/x.md",
                "---", "type: sektor", "key: x", "---", "Tekst"));
        assertEquals("content/taksonomi/sektorer/x.md:4: 'navn' mangler", error.toString());
    }

    @Test
    void aNameWithoutBokmalIsAnError() {
        ContentError error = onlyError(file("content/taksonomi/sektorer/x.md",
                "---", "type: sektor", "key: x", "navn:", "  nn: Støttefunksjonar", "---"));
        assertEquals(5, error.line());
        assertTrue(error.message().contains("'navn.nb'"), error.message());
    }

    @Test
    void aWrongTypeOfValueNamesFieldLineAndColumn() {
        ContentError error = onlyError(file("content/taksonomi/sektorer/x.md",
                "---", "type: sektor", "key: x", "navn: X", "rekkefølge: først", "---"));
        assertEquals(5, error.line());
        assertEquals(13, error.column());
        assertEquals("content/taksonomi/sektorer/x.md:5:13: 'rekkefølge' skal være et heltall; fant 'først'",
                error.toString());
    }

    @Test
    void aYesNoFieldMustBeTrueOrFalse() {
        ContentError error = onlyError(file("content/forum/kategorier/x.md",
                "---", "type: forumkategori", "key: x", "navn: X", "idekategori: ja", "---", "Tekst"));
        assertEquals(5, error.line());
        assertTrue(error.message().contains("true eller false"), error.message());
    }

    @Test
    void aNameGivenAsAListIsAnError() {
        ContentError error = onlyError(file("content/taksonomi/tema/x.md",
                "---", "type: tema", "key: x", "navn: [A, B]", "---"));
        assertEquals(4, error.line());
    }

    @Test
    void anUnknownTypeNamesTheKnownTypes() {
        ContentError error = onlyError(file("content/podkast/p1.md",
                "---", "type: podkast", "key: p1", "navn: P1", "---"));
        assertEquals(2, error.line());
        assertTrue(error.message().contains("ukjent type 'podkast'"), error.message());
        assertTrue(error.message().contains("sektor") && error.message().contains("forumkategori"), error.message());
    }

    @Test
    void anUnknownFieldIsReportedSoTyposAreCaught() {
        ContentError error = onlyError(file("content/taksonomi/tema/x.md",
                "---", "type: tema", "key: x", "navn: X", "rekkefolge: 3", "---"));
        assertEquals("content/taksonomi/tema/x.md:5:1: ukjent felt 'rekkefolge'", error.toString());
    }

    @Test
    void aKeyWithCapitalsOrNorwegianLettersIsAnError() {
        ContentError error = onlyError(file("content/taksonomi/sektorer/x.md",
                "---", "type: sektor", "key: Støttefunksjoner", "navn: Støttefunksjoner", "---"));
        assertEquals(3, error.line());
        assertTrue(error.message().contains("ø→o"), error.message());
    }

    @Test
    void aForumCategoryNeedsADescription() {
        ContentError error = onlyError(file("content/forum/kategorier/x.md",
                "---", "type: forumkategori", "key: x", "navn: X", "---", ""));
        assertEquals(5, error.line());
        assertTrue(error.message().contains("beskrivelsen mangler"), error.message());
    }

    @Test
    void allProblemsInOneFileAreReportedTogether() {
        ContentParser.Result result = parser.parseAll(List.of(file("content/taksonomi/omrader/x.md",
                "---", "type: omrade", "key: x", "rekkefølge: tre", "farge: blå", "---")));
        List<String> messages = result.errors().stream().map(ContentError::toString).toList();
        assertTrue(messages.contains("content/taksonomi/omrader/x.md:6: 'navn' mangler"), messages.toString());
        assertTrue(messages.contains("content/taksonomi/omrader/x.md:6: 'parent' mangler"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/taksonomi/omrader/x.md:4:")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/taksonomi/omrader/x.md:5:1: ukjent felt 'farge'")),
                messages.toString());
    }

    // ----- across files -----

    @Test
    void oneBrokenFileDoesNotStopTheOthers() {
        ContentParser.Result result = parser.parseAll(List.of(
                sector("helse-og-velferd"),
                file("content/taksonomi/sektorer/x.md", "---", "type: sektor"),
                sector("stottefunksjoner")));
        assertEquals(1, result.errors().size());
        assertEquals(List.of("helse-og-velferd", "stottefunksjoner"), result.items().stream().map(ContentItem::key).toList());
        assertEquals(java.util.Set.of("content/taksonomi/sektorer/x.md"), result.pathsWithErrors());
    }

    @Test
    void aKeyUsedByTwoFilesNamesBothFilesAndImportsNeither() {
        ContentParser.Result result = parser.parseAll(List.of(
                file("content/taksonomi/sektorer/a.md", "---", "type: sektor", "key: helse", "navn: Helse", "---"),
                file("content/taksonomi/sektorer/b.md", "---", "type: sektor", "navn: Helse igjen", "key: helse", "---")));
        assertEquals(1, result.errors().size(), result.errors().toString());
        ContentError error = result.errors().get(0);
        assertEquals("content/taksonomi/sektorer/b.md", error.path());
        assertEquals(4, error.line());
        assertTrue(error.message().contains("content/taksonomi/sektorer/a.md:3"), error.message());
        assertTrue(error.message().contains("content/taksonomi/sektorer/b.md:4"), error.message());
        assertTrue(result.items().isEmpty(), "neither of two files with the same key is imported");
    }

    @Test
    void theSameKeyInTwoDifferentTypesIsFine() {
        ContentParser.Result result = parser.parseAll(List.of(
                sector("helse-og-velferd"),
                file("content/forum/kategorier/helse-og-velferd.md", "---", "type: forumkategori",
                        "key: helse-og-velferd", "navn: Helse og velferd", "sektor: helse-og-velferd", "---", "Om helse.")));
        assertTrue(result.ok(), result.errors().toString());
        assertEquals(2, result.items().size());
    }

    @Test
    void aParentThatDoesNotExistIsAnErrorAtTheParentLine() {
        ContentParser.Result result = parser.parseAll(List.of(
                sector("helse-og-velferd"),
                file("content/taksonomi/omrader/legevakt.md",
                        "---", "type: omrade", "key: legevakt", "navn: Legevakt", "parent: helse-og-omsorg", "---")));
        assertEquals(1, result.errors().size(), result.errors().toString());
        ContentError error = result.errors().get(0);
        assertEquals("content/taksonomi/omrader/legevakt.md:5:9", error.location());
        assertTrue(error.message().contains("sektor 'helse-og-omsorg'"), error.message());
        assertEquals(List.of("helse-og-velferd"), result.items().stream().map(ContentItem::key).toList());
    }

    @Test
    void aParentMustBeASectorNotAnotherKindOfTerm() {
        ContentParser.Result result = parser.parseAll(List.of(
                file("content/taksonomi/tema/kompetanse.md", "---", "type: tema", "key: kompetanse", "navn: Kompetanse", "---"),
                file("content/taksonomi/omrader/x.md", "---", "type: omrade", "key: x", "navn: X", "parent: kompetanse", "---")));
        assertFalse(result.ok());
        assertEquals("content/taksonomi/omrader/x.md", result.errors().get(0).path());
    }

    @Test
    void aForumCategoryNamingAnUnknownThemeIsAnError() {
        ContentParser.Result result = parser.parseAll(List.of(file("content/forum/kategorier/x.md",
                "---", "type: forumkategori", "key: x", "navn: X", "tema:", "  - digital-dialog", "---", "Tekst")));
        assertEquals(1, result.errors().size());
        assertEquals("content/forum/kategorier/x.md:6:5", result.errors().get(0).location());
    }

    @Test
    void theHashChangesWhenTheFileChangesButNotWithLineEndings() {
        String a = parser.parse(file("content/t/x.md", "---", "type: tema", "key: x", "navn: X", "---", "A"))
                .item().orElseThrow().contentHash();
        String b = parser.parse(file("content/t/x.md", "---", "type: tema", "key: x", "navn: X", "---", "B"))
                .item().orElseThrow().contentHash();
        String crlf = parser.parse(new ContentFile("content/t/x.md", "---\r\ntype: tema\r\nkey: x\r\nnavn: X\r\n---\r\nA\r\n"))
                .item().orElseThrow().contentHash();
        assertFalse(a.equals(b));
        assertEquals(a, crlf);
    }

    private static ContentFile sector(String key) {
        return file("content/taksonomi/sektorer/" + key + ".md", "---", "type: sektor", "key: " + key, "navn: " + key, "---");
    }
}
