package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CourseValidationTest {

    private static CourseDetails details(String title, List<String> goals, int minutes, String sector) {
        return new CourseDetails(title, "Et sammendrag", goals, CourseFormat.NETTKURS, sector, null, "Alle", minutes,
                "KS", false);
    }

    private static List<String> keys(List<AuthoringProblem> problems) {
        return problems.stream().map(AuthoringProblem::messageKey).toList();
    }

    @Test
    void completeDetailsPass() {
        assertEquals(List.of(), CourseValidation.details(details("Personvern i praksis", List.of("Kjenne reglene"), 30, "helse")));
    }

    @Test
    void everyMissingOrWrongFieldIsReportedAtOnceWithItsField() {
        CourseDetails empty = new CourseDetails(" ", null, List.of(" "), null, "", null, "x".repeat(301), 0, "", false);
        List<AuthoringProblem> problems = CourseValidation.details(empty);
        assertEquals(List.of("title", "summary", "goals", "format", "sector", "audience", "duration", "owner"),
                problems.stream().map(AuthoringProblem::field).toList());
        assertTrue(keys(problems).contains("authoring.error.duration"));
        assertEquals(List.of(6000), problems.stream().filter(p -> p.field().equals("duration")).findFirst().orElseThrow().args());
    }

    @Test
    void blankGoalLinesAreLeftOutAndLimitsHold() {
        CourseDetails d = details("T", CourseDetails.goalLines("Første\n\n  \nAndre\r\n"), 30, "helse");
        assertEquals(List.of("Første", "Andre"), d.learningGoals());
        assertEquals(List.of("authoring.error.titleTooLong"), keys(CourseValidation.details(details("x".repeat(201), List.of("g"), 30, "helse"))));
        assertEquals(List.of("authoring.error.duration"), keys(CourseValidation.details(details("T", List.of("g"), 6001, "helse"))));
    }

    @Test
    void aTextLessonNeedsText() {
        assertEquals(List.of("authoring.error.textMissing"),
                keys(CourseValidation.lesson(new LessonDraft("Innledning", LessonKind.TEXT, true, " ", null, null))));
        assertEquals(List.of(), CourseValidation.lesson(new LessonDraft("Innledning", LessonKind.TEXT, true, "Hei", null, null)));
    }

    @Test
    void aVideoNeedsAnAddressOrUploadAndCaptionsOrATranscript() {
        assertEquals(List.of("authoring.error.videoMissing", "authoring.error.videoNeedsTextAlternative"),
                keys(CourseValidation.lesson(new LessonDraft("Film", LessonKind.VIDEO, true, "", null, null))));
        assertEquals(List.of("authoring.error.badAddress"),
                keys(CourseValidation.lesson(new LessonDraft("Film", LessonKind.VIDEO, true, "Transkripsjon", "javascript:alert(1)", null))));
        assertEquals(List.of(), CourseValidation.lesson(new LessonDraft("Film", LessonKind.VIDEO, true, "", "media:12", "https://example.org/t.vtt")));
        assertEquals(List.of(), CourseValidation.lesson(new LessonDraft("Film", LessonKind.VIDEO, true, "Transkripsjon", "https://video.example.org/x", null)));
    }

    @Test
    void onlyWebAddressesAndUploadedFilesAreMediaAddresses() {
        assertTrue(CourseValidation.isMediaAddress("https://www.ks.no/fil.pdf"));
        assertTrue(CourseValidation.isMediaAddress("media:7"));
        assertTrue(!CourseValidation.isMediaAddress("media:0") && !CourseValidation.isMediaAddress("file:///etc/passwd")
                && !CourseValidation.isMediaAddress("https://") && !CourseValidation.isMediaAddress("data:text/html,x"));
    }

    @Test
    void aChoiceStepNeedsOptionsAndTheRightAnswerAmongThem() {
        assertEquals(List.of("authoring.error.options", "authoring.error.correctOption"),
                keys(CourseValidation.step(new StepContent("Steg", "", QuestionKind.CHOICE, "Hva?", List.of("Ja"), 1))));
        assertEquals(List.of("authoring.error.correctOption"),
                keys(CourseValidation.step(new StepContent("Steg", "", QuestionKind.CHOICE, "Hva?", List.of("Ja", "Nei"), 2))));
        assertEquals(List.of(), CourseValidation.step(new StepContent("Steg", "", QuestionKind.CHOICE, "Hva?", List.of("Ja", "Nei"), 1)));
        assertEquals(List.of("authoring.error.questionMissing"),
                keys(CourseValidation.step(new StepContent("Steg", "", QuestionKind.REFLECTION, " ", List.of(), null))));
    }
}
