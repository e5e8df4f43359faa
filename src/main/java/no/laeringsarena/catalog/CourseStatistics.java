package no.laeringsarena.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of a course for its course holder (kursstatistikk): how many enrolled and completed, how long completing
 * took, how far learners got module by module (the funnel), and at which lesson those still under way stopped (the
 * drop-off points). Built from counts by {@link CourseStatisticsService}; pure, so the arithmetic is unit-tested.
 *
 * @param medianTimeToComplete null when nobody completed yet
 */
public record CourseStatistics(long enrolled, long completed, Duration medianTimeToComplete, List<ModuleStep> funnel,
                               List<LessonStep> lessons) {

    /** A module of the funnel: how many have done all its required lessons, as a share of those enrolled. */
    public record ModuleStep(String title, long done, int percent) {
    }

    /** A lesson: how many completed it, and how many under way stopped right there (their last lesson). */
    public record LessonStep(String moduleTitle, String title, long completed, int percent, long stoppedHere) {
    }

    public long inProgress() {
        return enrolled - completed;
    }

    public int completedPercent() {
        return percent(completed, enrolled);
    }

    /** A module of the course as counted: its title, and per lesson (in order) its title, key and completions. */
    public record ModuleCount(String title, long doneAllRequired, List<LessonCount> lessons) {
    }

    public record LessonCount(String key, String title, long completed) {
    }

    public static CourseStatistics of(long enrolled, long completed, Duration median, List<ModuleCount> modules,
                                      Map<String, Long> lastLessonOfThoseUnderWay) {
        List<ModuleStep> funnel = new ArrayList<>();
        List<LessonStep> lessons = new ArrayList<>();
        for (ModuleCount m : modules) {
            funnel.add(new ModuleStep(m.title(), m.doneAllRequired(), percent(m.doneAllRequired(), enrolled)));
            for (LessonCount l : m.lessons()) {
                lessons.add(new LessonStep(m.title(), l.title(), l.completed(), percent(l.completed(), enrolled),
                        lastLessonOfThoseUnderWay.getOrDefault(l.key(), 0L)));
            }
        }
        return new CourseStatistics(enrolled, completed, median, funnel, lessons);
    }

    /** A share in whole percent, rounded down (so 100 % means everyone). */
    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

    /** The lesson where most of those under way stopped, if anyone did. */
    public java.util.Optional<LessonStep> biggestDropOff() {
        return lessons.stream().filter(l -> l.stoppedHere() > 0)
                .max(java.util.Comparator.comparingLong(LessonStep::stoppedHere));
    }
}
