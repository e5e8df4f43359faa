package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepAnswersTest {

    private final StepContent reflection = new StepContent("R", "", QuestionKind.REFLECTION, "Hva tenker du?", List.of(), null);
    private final StepContent choice = new StepContent("C", "", QuestionKind.CHOICE, "Hvem?", List.of("A", "B", "C"), 1);

    @Test
    void aReflectionNeedsSomeText() {
        assertFalse(StepAnswers.accepts(reflection, "  "));
        assertFalse(StepAnswers.accepts(reflection, null));
        assertTrue(StepAnswers.accepts(reflection, "Arkivet"));
    }

    @Test
    void aCheckNeedsTheRightOption() {
        assertFalse(StepAnswers.accepts(choice, "0"));
        assertFalse(StepAnswers.accepts(choice, "B"));
        assertTrue(StepAnswers.accepts(choice, "1"));
    }

    @Test
    void theLessonNeedsAnAcceptedAnswerForEveryStep() {
        List<StepContent> steps = List.of(choice, reflection);
        assertFalse(StepAnswers.allAccepted(steps, List.of("1")));
        assertFalse(StepAnswers.allAccepted(steps, List.of("2", "tekst")));
        assertTrue(StepAnswers.allAccepted(steps, List.of("1", "tekst")));
    }
}
