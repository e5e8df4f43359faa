package no.laeringsarena.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a checklist is written in a content file and what a user then sees. */
class ChecklistParserTest {

    private static final String BODY = String.join("\n",
            "Innledning med **fet** tekst.",
            "",
            "## Før du starter",
            "",
            "### Team",
            "- Sett sammen et team",
            "- [gul] Møteplasser",
            "  på tvers av kommunene",
            "",
            "### Kartlegging",
            "- [RØD] Infrastruktur",
            "",
            "## Gjennomføring",
            "### Arkiv",
            "* [rod] Ny arkivløsning");

    @Test
    void phasesGroupsItemsAndPrioritiesAreRead() {
        ChecklistParser.Result result = ChecklistParser.parse(BODY);
        assertEquals(List.of(), result.problems());
        assertEquals("Innledning med **fet** tekst.", result.introMarkdown());
        Checklist checklist = result.checklist();
        assertEquals(List.of("Før du starter", "Gjennomføring"), checklist.phases().stream().map(Checklist.Phase::title).toList());
        Checklist.Group team = checklist.phases().get(0).groups().get(0);
        assertEquals("Team", team.title());
        assertNull(team.items().get(0).priority());
        assertEquals(ChecklistPriority.GUL, team.items().get(1).priority());
        assertEquals("Møteplasser på tvers av kommunene", team.items().get(1).text(), "indented line continues the item");
        assertEquals(ChecklistPriority.ROD, checklist.phases().get(0).groups().get(1).items().get(0).priority());
        assertEquals(ChecklistPriority.ROD, checklist.phases().get(1).groups().get(0).items().get(0).priority());
        assertEquals(List.of("1.1.1", "1.1.2", "1.2.1", "2.1.1"), List.copyOf(checklist.refs()));
    }

    @Test
    void textThatWouldDisappearIsAnError() {
        ChecklistParser.Result result = ChecklistParser.parse("## Fase\n- punkt uten gruppe\n### Gruppe\nLøs tekst\n- ok");
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertEquals(2, result.problems().get(0).bodyLine());
        assertTrue(result.problems().get(1).message().contains("Løs tekst"));
    }

    @Test
    void aBodyWithoutPhasesIsAnEmptyChecklist() {
        assertTrue(ChecklistParser.parse("Bare tekst.").checklist().isEmpty());
    }
}
