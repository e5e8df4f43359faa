package no.laeringsarena.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.junit.jupiter.api.Test;

/** A self-assessment as written in a test file: areas, tagged questions, a scale that keeps its order, the profile. */
class CompetenceProfileTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final UserAccount DINA = new UserAccount("dina@example.no", "Dina", "x", null, Set.of(Role.DELTAKER));

    private static final String BODY = """
            Kartlegging.

            ## Område: Arkiv og data
            nøkkel: arkiv
            kurs: arkiv-data-og-apne-saker

            ## Område: Gevinster
            nøkkel: gevinster
            kurs: gevinstrealisering, digital-kommunesammenslaing

            ## Spørsmål: Hvor trygg er du på arkiv?
            nøkkel: arkiv-trygghet
            type: enkeltvalg
            tema: arkiv
            vanskelighet: lett
            bland: nei

            - [0%] Lite
            - [50%] Noe
            - [100%] Mye

            ## Spørsmål: Kan gnr/bnr gjenbrukes?
            nøkkel: gnr
            type: sant-usant
            tema: arkiv
            svar: usant

            ## Spørsmål: Hva fyller frigjort tid?
            nøkkel: frigjort-tid
            type: enkeltvalg
            tema: gevinster

            - [x] Andre oppgaver
            - [ ] Ingenting
            """;

    @Test
    void theBodyGivesAreasTagsWeightsAndAScaleThatKeepsItsOrder() {
        TestBodyParser.Result result = TestBodyParser.parse(BODY);
        assertEquals(List.of(), result.problems());
        assertEquals("Kartlegging.", result.intro());
        assertEquals(List.of("arkiv", "gevinster"), result.areas().stream().map(CompetenceArea::getAreaKey).toList());
        assertEquals(List.of("gevinstrealisering", "digital-kommunesammenslaing"),
                result.areas().get(1).getSuggestedCourseKeys());
        QuestionContent scale = result.questions().get(0);
        assertEquals("arkiv", scale.topic());
        assertEquals(Difficulty.EASY, scale.difficulty());
        assertFalse(scale.shuffleOptions());
        assertEquals(0.5, GradingEngine.grade(scale.type(), scale.answerKey(), List.of("b")).fraction(), 1e-9);
        assertTrue(result.questions().get(2).shuffleOptions());
    }

    @Test
    void theProfileSharesPointsPerAreaAndHasNoPassOrFail() {
        TestBodyParser.Result body = TestBodyParser.parse(BODY);
        CourseTest test = new CourseTest("kartlegging", new Course("k"));
        test.describe(new TestContent(null, "Kartlegging", body.intro(), 80, 10, null, FeedbackMode.AFTER_SUBMIT,
                body.questions(), TestKind.SELF_ASSESSMENT, List.of(), body.areas()), null, NOW);
        test.replaceQuestions(body.questions());
        Attempt attempt = new Attempt(test, DINA, 1, NOW, new Random(3));
        assertEquals(List.of("a", "b", "c"), attempt.options(test.question("arkiv-trygghet").orElseThrow()).stream()
                .map(QuestionOption::getOptionKey).toList(), "the scale is never shuffled");
        attempt.saveAnswer(test.question("arkiv-trygghet").orElseThrow(), List.of("b"), NOW);
        attempt.saveAnswer(test.question("gnr").orElseThrow(), List.of("false"), NOW);
        attempt.saveAnswer(test.question("frigjort-tid").orElseThrow(), List.of("b"), NOW);
        attempt.submit(NOW, false);
        assertNull(attempt.getPassed(), "a self-assessment is neither passed nor failed");

        List<CompetenceProfile.AreaResult> profile = CompetenceProfile.of(attempt);
        assertEquals(2, profile.size());
        assertEquals("arkiv", profile.get(0).area().getAreaKey());
        assertEquals(75, profile.get(0).percent(), "half of one point plus one point of two");
        assertFalse(profile.get(0).isWeak());
        assertFalse(profile.get(0).isStrong());
        assertEquals(0, profile.get(1).percent());
        assertTrue(profile.get(1).isWeak(), "its courses are suggested");
    }

    @Test
    void aQuestionsTagsAndAreasAreChecked() {
        TestBodyParser.Result result = TestBodyParser.parse("""
                ## Område: Uten nøkkel

                ## Spørsmål: Hva?
                type: enkeltvalg
                tema: Ikke En Nøkkel
                vanskelighet: umulig
                bland: kanskje

                - [150%] A
                - [ ] B
                """);
        assertEquals(6, result.problems().size(), result.problems().toString());
    }
}
