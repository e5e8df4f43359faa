package no.laeringsarena.reporting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders a person gets about an assigned course they have not completed: a week before the deadline, the day
 * before, and once after it has passed. Each is sent at most once (the mail outbox's idempotency key names it); one
 * that was missed — the platform was down that day — still goes out while it makes sense, and never after.
 */
public enum DeadlineReminder {
    /** From 7 days before the deadline until 2 days before. */
    WEEK_BEFORE,
    /** The day before and on the day itself. */
    DAY_BEFORE,
    /** From the day after the deadline, for two weeks. */
    OVERDUE;

    static final int OVERDUE_FOR_DAYS = 14;

    /** Which reminder is due today for this deadline, if any. */
    public static Optional<DeadlineReminder> dueOn(LocalDate today, LocalDate deadline) {
        if (today.isAfter(deadline)) {
            return today.isAfter(deadline.plusDays(OVERDUE_FOR_DAYS)) ? Optional.empty() : Optional.of(OVERDUE);
        }
        if (!today.isBefore(deadline.minusDays(1))) {
            return Optional.of(DAY_BEFORE);
        }
        if (!today.isBefore(deadline.minusDays(7))) {
            return Optional.of(WEEK_BEFORE);
        }
        return Optional.empty();
    }

    /** The oldest and newest deadlines that have a reminder due today. */
    static LocalDate earliestDeadline(LocalDate today) {
        return today.minusDays(OVERDUE_FOR_DAYS);
    }

    static LocalDate latestDeadline(LocalDate today) {
        return today.plusDays(7);
    }

    /** The deadlines for which this reminder is due today, oldest first: exactly those {@link #dueOn} names it for. */
    public LocalDate[] deadlinesDueOn(LocalDate today) {
        return switch (this) {
            case WEEK_BEFORE -> new LocalDate[] {today.plusDays(2), today.plusDays(7)};
            case DAY_BEFORE -> new LocalDate[] {today, today.plusDays(1)};
            case OVERDUE -> new LocalDate[] {today.minusDays(OVERDUE_FOR_DAYS), today.minusDays(1)};
        };
    }

    /**
     * How many days before the deadline this reminder's window opens (negative: after it). A person told of the
     * assignment once the window was open has no need of this reminder.
     */
    public int opensDaysBefore() {
        return switch (this) {
            case WEEK_BEFORE -> 7;
            case DAY_BEFORE -> 1;
            case OVERDUE -> -1;
        };
    }

    public String messageKey() {
        return "reporting.reminder." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
