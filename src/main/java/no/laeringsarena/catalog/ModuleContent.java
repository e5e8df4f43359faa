package no.laeringsarena.catalog;

import java.util.List;

/** One module of a course as written: a title and its lessons in order. */
public record ModuleContent(String title, List<LessonContent> lessons) {

    public ModuleContent {
        lessons = List.copyOf(lessons);
    }
}
