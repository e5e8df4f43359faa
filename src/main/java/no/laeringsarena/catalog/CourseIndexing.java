package no.laeringsarena.catalog;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchOutbox;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * What the search index holds for a course, written to the search outbox in the caller's transaction: a published
 * course (title, summary, goals, module and lesson titles and texts) is added or replaced; a draft is removed.
 */
final class CourseIndexing {

    static final String KIND = "course";

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private CourseIndexing() {
    }

    static String documentId(String courseKey) {
        return KIND + ":" + courseKey;
    }

    /** Call in the transaction that saved the course (after flush). */
    static void courseChanged(EntityManager em, Course course) {
        if (course.isPublished()) {
            SearchOutbox.upsert(em, document(course));
        } else {
            SearchOutbox.delete(em, documentId(course.getCourseKey()));
        }
    }

    static SearchDocument document(Course course) {
        StringBuilder body = new StringBuilder(course.getSummary());
        course.getLearningGoals().forEach(goal -> body.append('\n').append(goal));
        for (CourseModule module : course.getModules()) {
            body.append("\n\n").append(module.getTitle());
            for (Lesson lesson : module.getLessons()) {
                body.append('\n').append(lesson.getTitle());
                if (lesson.getBodyMarkdown() != null) {
                    body.append('\n').append(TEXT.render(PARSER.parse(lesson.getBodyMarkdown())));
                }
            }
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of("kurs"));
        facets.put("sector", List.of(course.getSector() == null ? "tverrgaende" : course.getSector().getTermKey()));
        if (course.getTheme() != null) {
            facets.put("theme", List.of(course.getTheme().getTermKey()));
        }
        if (course.getFactCheckedOn() != null) {
            facets.put("date", List.of(course.getFactCheckedOn().toString()));
        }
        return new SearchDocument(documentId(course.getCourseKey()), KIND, course.getTitle(), body.toString().strip(),
                "nb", "kurs/kurs.xhtml?key=" + course.getCourseKey(), facets);
    }
}
