package no.laeringsarena.catalog;

import java.util.List;
import no.laeringsarena.content.ContentReference;

/** A learning path as written in {@code content/laeringsstier/<key>.md}: a title, a summary and courses in order. */
public record LearningPathContent(String title, String summaryMarkdown, List<ContentReference> courses) {

    public LearningPathContent {
        courses = List.copyOf(courses);
    }
}
