package no.laeringsarena.catalog;

import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.content.ContentReference;

/** A course as written in {@code content/kurs/<key>.md}: its metadata from the front matter and its modules from the body. */
public record CourseContent(String title, String summary, List<String> learningGoals, CourseFormat format,
                            ContentReference sector, ContentReference theme, String audience, int durationMinutes,
                            String owner, CourseStatus status, boolean openAccess, LocalDate factCheckedOn,
                            List<ModuleContent> modules) {

    public CourseContent {
        learningGoals = List.copyOf(learningGoals);
        modules = List.copyOf(modules);
    }
}
