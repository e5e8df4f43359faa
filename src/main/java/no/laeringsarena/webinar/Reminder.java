package no.laeringsarena.webinar;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The reminders a participant gets: the day before at the same time on the Oslo clock (so across a change to or from
 * summer time it is 23 or 25 real hours before, as people expect "i morgen kl. 10"), and one hour before.
 */
public enum Reminder {
    DAY_BEFORE, HOUR_BEFORE;

    /** When this reminder is due for an event starting at {@code start}. */
    public OffsetDateTime dueAt(OffsetDateTime start) {
        return switch (this) {
            case DAY_BEFORE -> OsloTime.inOslo(start).minusDays(1).toOffsetDateTime();
            case HOUR_BEFORE -> start.minusHours(1);
        };
    }

    /**
     * The reminder to send now, if any: the latest one that is due and whose time came after the participant got
     * her seat (someone who signs up 3 hours before gets only the hour reminder; the confirmation came just now).
     * After the start none. A sweep that was down catches up with the latest due reminder only.
     */
    public static Optional<Reminder> dueNow(OffsetDateTime start, OffsetDateTime seatedAt, OffsetDateTime now) {
        if (!now.isBefore(start)) {
            return Optional.empty();
        }
        for (Reminder r : new Reminder[] {HOUR_BEFORE, DAY_BEFORE}) {
            OffsetDateTime due = r.dueAt(start);
            if (!now.isBefore(due)) {
                return seatedAt.isBefore(due) ? Optional.of(r) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
