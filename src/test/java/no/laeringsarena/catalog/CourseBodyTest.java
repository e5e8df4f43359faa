package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CourseBodyTest {

    private static CourseBody.Result parse(String... lines) {
        return CourseBody.parse(String.join("\n", lines));
    }

    @Test
    void readsModulesLessonsOfEveryKindAndTheStepsOfAnActiveLesson() {
        CourseBody.Result result = parse(
                "# Modul: Fasene",
                "",
                "## Leksjon: Før du starter",
                "nøkkel: for-du-starter",
                "type: tekst",
                "",
                "Start **tidlig**.",
                "",
                "### Ikke et steg, men en overskrift i teksten",
                "## Leksjon: Film",
                "nøkkel: film",
                "type: video",
                "video: https://video.example/1",
                "valgfri: ja",
                "",
                "Transkripsjonen.",
                "# Modul: Sjekk",
                "## Leksjon: Dokumentet",
                "nøkkel: dok",
                "type: dokument",
                "dokument: https://example.no/a.pdf",
                "## Leksjon: Sjekk deg selv",
                "nøkkel: sjekk",
                "type: aktiv",
                "",
                "Intro.",
                "### Steg: Hvem vedtar?",
                "Litt tekst.",
                "",
                "Spørsmål: Hvem vedtar strategien?",
                "- [ ] Rådmannen",
                "- [x] Fellesnemnda",
                "### Steg: Tenk",
                "Refleksjon: Hva betyr det for deg?");
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.modules().size());
        ModuleContent first = result.modules().get(0);
        assertEquals("Fasene", first.title());
        LessonContent text = first.lessons().get(0);
        assertEquals(LessonKind.TEXT, text.kind());
        assertTrue(text.required());
        assertTrue(text.bodyMarkdown().contains("### Ikke et steg"), "a step heading outside an active lesson... is text only in an active lesson");
        LessonContent video = first.lessons().get(1);
        assertEquals("https://video.example/1", video.mediaUrl());
        assertFalse(video.required());
        assertEquals("Transkripsjonen.", video.bodyMarkdown());
        LessonContent active = result.modules().get(1).lessons().get(1);
        assertEquals("Intro.", active.bodyMarkdown());
        assertEquals(2, active.steps().size());
        StepContent check = active.steps().get(0);
        assertEquals(QuestionKind.CHOICE, check.questionKind());
        assertEquals(List.of("Rådmannen", "Fellesnemnda"), check.options());
        assertEquals(1, check.correctOption());
        assertEquals("Litt tekst.", check.bodyMarkdown());
        assertEquals(QuestionKind.REFLECTION, active.steps().get(1).questionKind());
    }

    @Test
    void headingsInsideCodeBlocksAreText() {
        CourseBody.Result result = parse("# Modul: M", "## Leksjon: L", "nøkkel: l", "type: tekst", "",
                "```", "# Modul: ikke en modul", "```");
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.modules().size());
    }

    @Test
    void mistakesAreReportedWithTheLineAndWhatToWrite() {
        List<String> problems = parse(
                "Løs tekst",
                "# Modul: M",
                "## Leksjon: Uten nøkkel",
                "type: tekst",
                "",
                "Tekst.",
                "## Leksjon: Video uten adresse",
                "nøkkel: v",
                "type: video",
                "",
                "Tekst.",
                "## Leksjon: Aktiv",
                "nøkkel: v",
                "type: aktiv",
                "### Steg: To riktige",
                "Spørsmål: Hva?",
                "- [x] A",
                "- [x] B",
                "# Modul: Tom").problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("linje 1 ") && p.contains("tekst før første modul")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("linje 3 ") && p.contains("mangler 'nøkkel:'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("linje 7 ") && p.contains("video: https://")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("nøkkelen 'v' er brukt av en annen leksjon")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("nøyaktig ett svaralternativ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("modulen 'Tom' har ingen leksjoner")), problems.toString());
    }

    @Test
    void aBodyWithoutModulesIsAnError() {
        assertTrue(parse("").problems().get(0).contains("ingen moduler"));
    }

    @Test
    void aTestLessonNamesTheTestThatCompletesIt() {
        CourseBody.Result result = parse("# Modul: Slutt", "## Leksjon: Avslutningstest", "nøkkel: slutt", "type: test",
                "test: arkiv-test", "", "Bestå testen for å fullføre kurset.");
        assertEquals(List.of(), result.problems());
        LessonContent lesson = result.modules().get(0).lessons().get(0);
        assertEquals(LessonKind.TEST, lesson.kind());
        assertEquals("arkiv-test", lesson.mediaUrl());
        assertTrue(lesson.required());

        assertFalse(parse("# Modul: M", "## Leksjon: Uten test", "nøkkel: uten", "type: test").problems().isEmpty(),
                "a test lesson needs its test");
        assertFalse(parse("# Modul: M", "## Leksjon: Feil", "nøkkel: feil", "type: test", "test: Ikke En Nøkkel")
                .problems().isEmpty(), "a test key");
        assertFalse(parse("# Modul: M", "## Leksjon: Tekst", "nøkkel: tekst", "type: tekst", "test: arkiv-test", "",
                "Tekst.").problems().isEmpty(), "'test:' only on a test lesson");
    }
}
