package no.laeringsarena.reporting;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How the platform was used in one week (Monday to Sunday, Norwegian time): people who logged in, courses completed,
 * searches made, and posts in the forum (new threads and replies).
 */
public record UsageWeek(LocalDate monday, long activeUsers, long completions, long searches, long forumPosts) {

    /** The ISO week number, as Norwegian calendars show it. */
    public int weekNumber() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
