package no.laeringsarena.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts per-week counts (keyed by the week's Monday) into a series of consecutive weeks ending with the current one,
 * oldest first; a week without any activity is there with zeroes, so a chart never skips a quiet week.
 */
public final class UsageSeries {

    /** The periods the dashboard offers, in weeks. */
    public static final List<Integer> PERIODS = List.of(4, 12, 26, 52);

    private UsageSeries() {
    }

    /** The Monday of the week {@code count - 1} weeks before the one {@code today} is in. */
    public static LocalDate firstMonday(LocalDate today, int count) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(count - 1L);
    }

    /** A period the dashboard offers: the one asked for if it is offered, else 12 weeks. */
    public static int period(Integer asked) {
        return asked != null && PERIODS.contains(asked) ? asked : 12;
    }

    public static List<UsageWeek> of(LocalDate today, int count, Map<LocalDate, Long> activeUsers,
                                     Map<LocalDate, Long> completions, Map<LocalDate, Long> searches,
                                     Map<LocalDate, Long> forumPosts) {
        List<UsageWeek> weeks = new ArrayList<>(count);
        LocalDate monday = firstMonday(today, count);
        for (int i = 0; i < count; i++, monday = monday.plusWeeks(1)) {
            weeks.add(new UsageWeek(monday, activeUsers.getOrDefault(monday, 0L), completions.getOrDefault(monday, 0L),
                    searches.getOrDefault(monday, 0L), forumPosts.getOrDefault(monday, 0L)));
        }
        return weeks;
    }
}
