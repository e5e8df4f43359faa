package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.laeringsarena.content.ContentError;
import no.laeringsarena.content.ContentFile;
import no.laeringsarena.content.ContentItem;
import no.laeringsarena.content.ContentParser;
import no.laeringsarena.content.ContentSources;
import no.laeringsarena.content.ContentTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The toolbox items of the real content/ folder, and the errors an editor gets for a broken one. */
class ToolboxContentTest {

    private static List<ToolboxItemContent> items;

    @BeforeAll
    static void parse() throws Exception {
        ContentParser.Result result = new ContentParser(ContentTypes.discover())
                .parseAll(ContentSources.forDirectory(Path.of("content")).files());
        assertEquals("", result.errors().stream().map(ContentError::toString).collect(Collectors.joining("\n")));
        items = result.items().stream().filter(i -> i.type().equals(ToolboxItemContentType.TYPE))
                .map(ContentItem::data).map(ToolboxItemContent.class::cast).toList();
    }

    @Test
    void sixteenPublishedItemsCoverEverySection() {
        assertEquals(16, items.size());
        assertTrue(items.stream().allMatch(i -> i.status() == ItemStatus.PUBLISERT));
        assertEquals(EnumSet.allOf(ToolboxSection.class),
                items.stream().map(ToolboxItemContent::section).collect(Collectors.toCollection(() -> EnumSet.noneOf(ToolboxSection.class))));
        assertTrue(items.stream().allMatch(i -> i.owner() != null && i.factCheckedOn() != null && !i.summary().isBlank()));
    }

    @Test
    void theMergerChecklistHasTheSixPhasesWithRedItemsWhereTheyMustWorkOnDayOne() {
        ToolboxItemContent v1 = byName("Sjekkliste for digital kommunesammenslåing");
        Checklist checklist = v1.checklist();
        assertEquals(List.of("Før du starter", "Kartlegging og målbilde", "Planlegging og anskaffelse", "Gjennomføring",
                "Overgangsfase", "Drift"), checklist.phases().stream().map(Checklist.Phase::title).toList());
        assertEquals(EnumSet.allOf(MergerPhase.class), v1.phases());
        assertTrue(checklist.phases().get(3).items().anyMatch(i -> i.priority() == ChecklistPriority.ROD
                && i.text().contains("E-resept")));
        assertTrue(checklist.items().anyMatch(i -> i.priority() == ChecklistPriority.GUL));
        assertTrue(checklist.phases().get(2).items().anyMatch(i -> i.text().contains("ROS-analyse")));
        assertTrue(checklist.size() > 50, "all task groups: " + checklist.size());
        assertTrue(!v1.bodyMarkdown().contains("## "), "the introduction only; the phases are the checklist");
    }

    @Test
    void theBuildingApplicationJourneyHasItsFourPhases() {
        ToolboxItemContent v4 = byName("Brukerreise: byggesøknad");
        assertEquals(ToolboxItemType.BRUKERREISE, v4.type());
        List<String> headings = v4.bodyMarkdown().lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## 1. Starte", "## 2. Fylle ut", "## 3. Sende", "## 4. Motta svar"), headings.subList(0, 4));
    }

    @Test
    void everyTypeButMetodikkAndArbeidsprosessIsUsedAndFiveAreChecklists() {
        Set<ToolboxItemType> types = items.stream().map(ToolboxItemContent::type).collect(Collectors.toSet());
        assertEquals(EnumSet.complementOf(EnumSet.of(ToolboxItemType.METODIKK, ToolboxItemType.ARBEIDSPROSESS)), types);
        assertEquals(5, items.stream().filter(i -> i.type() == ToolboxItemType.SJEKKLISTE).count());
    }

    @Test
    void mistakesAreReportedWithFileAndLine() {
        ContentParser parser = new ContentParser(ContentTypes.discover());
        ContentParser.FileResult result = parser.parse(new ContentFile("content/verktoykasse/x.md", String.join("\n",
                "---", "type: verktoy", "key: x", "navn: X", "innholdstype: sjekklist", "seksjon: infrastruktur",
                "fase: [drift, etterpå]", "forvalter: Meg", "sist-faktasjekket: 1. mai", "ingress: Kort.", "---",
                "## Fase", "- punkt uten gruppe", "")));
        String errors = result.errors().stream().map(ContentError::toString).collect(Collectors.joining("\n"));
        assertTrue(errors.contains("x.md:5") && errors.contains("ukjent verdi 'sjekklist'"), errors);
        assertTrue(errors.contains("'etterpå'"), errors);
        assertTrue(errors.contains("x.md:9") && errors.contains("2025-03-31"), errors);
        assertTrue(result.item().isEmpty());
    }

    @Test
    void aDraftStaysADraft() {
        ContentParser parser = new ContentParser(ContentTypes.discover());
        ContentParser.FileResult result = parser.parse(new ContentFile("content/verktoykasse/y.md", String.join("\n",
                "---", "type: verktoy", "key: y", "navn: Y", "innholdstype: veileder", "seksjon: infrastruktur",
                "status: utkast", "forvalter: Meg", "sist-faktasjekket: 2025-01-31", "ingress: Kort.", "---", "Tekst.", "")));
        ToolboxItemContent y = (ToolboxItemContent) result.item().orElseThrow().data();
        assertEquals(ItemStatus.UTKAST, y.status());
        assertEquals(LocalDate.of(2025, 1, 31), y.factCheckedOn());
        assertNotNull(y.bodyMarkdown());
    }

    private static ToolboxItemContent byName(String nb) {
        return items.stream().filter(i -> i.name().nb().equals(nb)).findFirst().orElseThrow();
    }
}
