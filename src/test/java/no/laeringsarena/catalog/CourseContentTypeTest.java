package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.laeringsarena.content.ContentFile;
import no.laeringsarena.content.ContentItem;
import no.laeringsarena.content.ContentParser;
import no.laeringsarena.content.ContentSources;
import no.laeringsarena.content.ContentTypes;
import org.junit.jupiter.api.Test;

/** The course and learning-path types as the content folder uses them. */
class CourseContentTypeTest {

    private final ContentParser parser = new ContentParser(ContentTypes.discover());

    @Test
    void theSeedCoursesAreRealCoursesWithModulesLessonsAndAnActiveLesson() throws Exception {
        List<ContentFile> files = ContentSources.forDirectory(Path.of("content")).files();
        ContentParser.Result result = parser.parseAll(files);
        assertEquals(List.of(), result.errors());
        List<CourseContent> courses = result.items().stream().filter(i -> i.type().equals("kurs"))
                .map(i -> (CourseContent) i.data()).toList();
        assertTrue(courses.size() >= 6, "at least six seed courses");
        for (CourseContent course : courses) {
            assertTrue(course.modules().size() >= 2, course.title());
            assertTrue(course.modules().stream().flatMap(m -> m.lessons().stream())
                    .anyMatch(l -> l.kind() == LessonKind.ACTIVE), course.title() + " has an active lesson");
            assertTrue(course.factCheckedOn() != null, course.title() + " says when it was fact-checked");
        }
        ContentItem<?> path = result.items().stream().filter(i -> i.type().equals("laeringssti")).findFirst().orElseThrow();
        assertEquals(List.of("digital-kommunesammenslaing", "hva-ma-virke-pa-dag-en", "arkiv-data-og-apne-saker",
                        "anskaffelser-rundt-sammenslaing"),
                ((LearningPathContent) path.data()).courses().stream().map(r -> r.targetKey()).toList());
    }

    @Test
    void frontMatterMistakesNameTheFieldAndLine() {
        ContentParser.FileResult result = parser.parse(new ContentFile("content/kurs/x.md", String.join("\n",
                "---", "type: kurs", "key: x", "tittel: X", "sammendrag: S", "læringsmål: [Mål]", "format: webinar",
                "sektor: tverrgaende", "varighet: 0", "eier: E", "sist-faktasjekket: i fjor", "---",
                "# Modul: M", "## Leksjon: L", "nøkkel: l", "type: tekst", "", "Tekst.")));
        List<String> messages = result.errors().stream().map(e -> e.line() + ": " + e.message()).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("7: 'format' skal være nettkurs")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("9: 'varighet' er minutter")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("11: 'sist-faktasjekket' skal være en dato")), messages.toString());
    }

    @Test
    void aGoodFileGivesTheCourse() {
        ContentParser.FileResult result = parser.parse(new ContentFile("content/kurs/x.md", String.join("\n",
                "---", "type: kurs", "key: x", "tittel: X", "sammendrag: S", "læringsmål: [Mål]", "format: aktiv-leksjon",
                "sektor: tverrgaende", "varighet: 20", "eier: E", "status: utkast", "åpent: true",
                "sist-faktasjekket: 2025-01-15", "---",
                "# Modul: M", "## Leksjon: L", "nøkkel: l", "type: tekst", "", "Tekst.")));
        assertEquals(List.of(), result.errors());
        CourseContent course = (CourseContent) result.item().orElseThrow().data();
        assertEquals(CourseFormat.AKTIV_LEKSJON, course.format());
        assertEquals(CourseStatus.DRAFT, course.status());
        assertTrue(course.openAccess());
        assertEquals(LocalDate.of(2025, 1, 15), course.factCheckedOn());
    }
}
