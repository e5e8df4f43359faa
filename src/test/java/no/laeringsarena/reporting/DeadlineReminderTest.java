package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineReminderTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    @Test
    void nothingMoreThanAWeekAhead() {
        assertEquals(Optional.empty(), DeadlineReminder.dueOn(DEADLINE.minusDays(8), DEADLINE));
    }

    @Test
    void aWeekBeforeUntilTwoDaysBefore() {
        assertEquals(Optional.of(DeadlineReminder.WEEK_BEFORE), DeadlineReminder.dueOn(DEADLINE.minusDays(7), DEADLINE));
        assertEquals(Optional.of(DeadlineReminder.WEEK_BEFORE), DeadlineReminder.dueOn(DEADLINE.minusDays(2), DEADLINE),
                "a missed week reminder still goes out while it is more than a day ahead");
    }

    @Test
    void theDayBeforeAndOnTheDay() {
        assertEquals(Optional.of(DeadlineReminder.DAY_BEFORE), DeadlineReminder.dueOn(DEADLINE.minusDays(1), DEADLINE));
        assertEquals(Optional.of(DeadlineReminder.DAY_BEFORE), DeadlineReminder.dueOn(DEADLINE, DEADLINE));
    }

    @Test
    void overdueForTwoWeeksThenSilence() {
        assertEquals(Optional.of(DeadlineReminder.OVERDUE), DeadlineReminder.dueOn(DEADLINE.plusDays(1), DEADLINE));
        assertEquals(Optional.of(DeadlineReminder.OVERDUE), DeadlineReminder.dueOn(DEADLINE.plusDays(14), DEADLINE));
        assertEquals(Optional.empty(), DeadlineReminder.dueOn(DEADLINE.plusDays(15), DEADLINE));
    }

    @Test
    void theSweepWindowCoversEveryDueReminder() {
        LocalDate today = LocalDate.of(2027, 3, 20);
        for (int offset = -30; offset <= 30; offset++) {
            LocalDate deadline = today.plusDays(offset);
            boolean inWindow = !deadline.isBefore(DeadlineReminder.earliestDeadline(today))
                    && !deadline.isAfter(DeadlineReminder.latestDeadline(today));
            assertEquals(DeadlineReminder.dueOn(today, deadline).isPresent(), inWindow, "deadline " + deadline);
        }
    }

    @Test
    void eachRemindersDeadlineRangeIsExactlyWhereItIsDue() {
        LocalDate today = LocalDate.of(2027, 3, 20);
        for (DeadlineReminder reminder : DeadlineReminder.values()) {
            LocalDate[] range = reminder.deadlinesDueOn(today);
            for (int offset = -30; offset <= 30; offset++) {
                LocalDate deadline = today.plusDays(offset);
                boolean inRange = !deadline.isBefore(range[0]) && !deadline.isAfter(range[1]);
                assertEquals(DeadlineReminder.dueOn(today, deadline).equals(Optional.of(reminder)), inRange,
                        reminder + " for deadline " + deadline);
            }
        }
    }

    @Test
    void aReminderWindowOpensWhereItsFirstDayIs() {
        for (DeadlineReminder reminder : DeadlineReminder.values()) {
            LocalDate firstDay = DEADLINE.minusDays(reminder.opensDaysBefore());
            assertEquals(Optional.of(reminder), DeadlineReminder.dueOn(firstDay, DEADLINE), reminder + " on its first day");
            assertEquals(false, DeadlineReminder.dueOn(firstDay.minusDays(1), DEADLINE).equals(Optional.of(reminder)),
                    reminder + " not the day before");
        }
    }
}
