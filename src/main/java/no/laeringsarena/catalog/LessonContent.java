package no.laeringsarena.catalog;

import java.util.List;

/**
 * One lesson as written in a course file.
 *
 * @param bodyMarkdown TEXT: the text; VIDEO: the transcript; DOCUMENT: about the document; ACTIVE: an introduction
 * @param mediaUrl     VIDEO and DOCUMENT: the address; else null
 * @param steps        ACTIVE only: the steps in order
 */
public record LessonContent(String key, String title, LessonKind kind, boolean required, String bodyMarkdown,
                            String mediaUrl, List<StepContent> steps) {

    public LessonContent {
        steps = List.copyOf(steps);
    }
}
