package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The course holder's figures: shares of those enrolled, the funnel in course order, and where learners stopped. */
class CourseStatisticsTest {

    private static final List<CourseStatistics.ModuleCount> MODULES = List.of(
            new CourseStatistics.ModuleCount("Før", 8, List.of(
                    new CourseStatistics.LessonCount("a", "Hva kommer først", 9),
                    new CourseStatistics.LessonCount("b", "Rød og gul", 8))),
            new CourseStatistics.ModuleCount("Etter", 3, List.of(
                    new CourseStatistics.LessonCount("c", "Oppsummering", 3))));

    @Test
    void sharesAreOfThoseEnrolledInCourseOrder() {
        CourseStatistics s = CourseStatistics.of(12, 3, Duration.ofHours(2), MODULES, Map.of("b", 4L, "a", 1L));
        assertEquals(9, s.inProgress());
        assertEquals(25, s.completedPercent());
        assertEquals(List.of(66, 25), s.funnel().stream().map(CourseStatistics.ModuleStep::percent).toList());
        assertEquals(List.of("Hva kommer først", "Rød og gul", "Oppsummering"),
                s.lessons().stream().map(CourseStatistics.LessonStep::title).toList());
        assertEquals(List.of(1L, 4L, 0L), s.lessons().stream().map(CourseStatistics.LessonStep::stoppedHere).toList());
        assertEquals("Rød og gul", s.biggestDropOff().orElseThrow().title());
    }

    @Test
    void aCourseNobodyTookHasNoSharesAndNoDropOff() {
        CourseStatistics s = CourseStatistics.of(0, 0, null, MODULES, Map.of());
        assertTrue(s.funnel().stream().allMatch(m -> m.percent() == 0));
        assertTrue(s.biggestDropOff().isEmpty());
        assertEquals(0, s.completedPercent());
    }

    @Test
    void percentIsRoundedDownSoOneHundredMeansEveryone() {
        assertEquals(99, CourseStatistics.percent(199, 200));
        assertEquals(100, CourseStatistics.percent(200, 200));
        assertEquals(33, CourseStatistics.percent(1, 3));
    }
}
