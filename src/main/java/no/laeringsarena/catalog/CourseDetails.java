package no.laeringsarena.catalog;

import java.util.List;

/**
 * A course's details as a course holder writes them in the editor.
 *
 * @param learningGoals one goal per entry, blank entries left out
 * @param sectorKey     key of the sector (sektor) term, required
 * @param themeKey      key of the theme (tema) term, or null
 * @param owner         who answers for the content (eier), e.g. the organisation
 * @param openAccess    guests may play it without logging in (no progress kept)
 */
public record CourseDetails(String title, String summary, List<String> learningGoals, CourseFormat format,
                            String sectorKey, String themeKey, String audience, int durationMinutes, String owner,
                            boolean openAccess) {

    public CourseDetails {
        learningGoals = learningGoals == null ? List.of()
                : learningGoals.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).toList();
    }

    /** Goals from a text area, one per line. */
    public static List<String> goalLines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }
}
