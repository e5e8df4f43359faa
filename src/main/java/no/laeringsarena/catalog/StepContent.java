package no.laeringsarena.catalog;

import java.util.List;

/**
 * One step of an active lesson as written: its content, and the question the learner must answer to go on.
 *
 * @param options       CHOICE only: the options in order (empty for REFLECTION)
 * @param correctOption CHOICE only: the index of the right option (null for REFLECTION)
 */
public record StepContent(String title, String bodyMarkdown, QuestionKind questionKind, String question,
                          List<String> options, Integer correctOption) {

    public StepContent {
        options = List.copyOf(options);
    }
}
