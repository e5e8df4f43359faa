package no.laeringsarena.catalog;

import java.util.List;

/**
 * The rule of active lessons: each step's question must be answered before the next step, and before the lesson
 * can be marked as done. A reflection needs some text (it is not kept); a single-choice check needs the right option.
 */
public final class StepAnswers {

    private StepAnswers() {
    }

    /** Does this answer let the learner go on from this step? */
    public static boolean accepts(StepContent step, String answer) {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        if (step.questionKind() == QuestionKind.REFLECTION) {
            return true;
        }
        try {
            return Integer.parseInt(answer.strip()) == step.correctOption();
        } catch (NumberFormatException notAnOption) {
            return false;
        }
    }

    /** Have all steps been answered so the learner may go on (answers in step order)? */
    public static boolean allAccepted(List<StepContent> steps, List<String> answers) {
        if (answers == null || answers.size() < steps.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!accepts(steps.get(i), answers.get(i))) {
                return false;
            }
        }
        return true;
    }
}
