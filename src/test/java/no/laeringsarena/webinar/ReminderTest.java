package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When reminders are due, also when summer time starts or ends the night before. */
class ReminderTest {

    private static OffsetDateTime oslo(int year, int month, int day, int hour, int minute) {
        return OsloTime.at(LocalDateTime.of(year, month, day, hour, minute));
    }

    @Test
    void theDayBeforeReminderIsAtTheSameOsloTimeEvenAcrossTheChangeToSummerTime() {
        // summer time starts in the night to Sunday 28 March 2027; the fagdag is that Sunday at 10:00
        OffsetDateTime start = oslo(2027, 3, 28, 10, 0);
        OffsetDateTime due = Reminder.DAY_BEFORE.dueAt(start);
        assertEquals(oslo(2027, 3, 27, 10, 0), due, "Saturday 10:00 on the Oslo clock");
        assertEquals(Duration.ofHours(23), Duration.between(due, start), "which is 23 real hours before");
        assertEquals(Duration.ofHours(1), Duration.between(Reminder.HOUR_BEFORE.dueAt(start), start));
    }

    @Test
    void andAcrossTheChangeBackToWinterTime() {
        // winter time from the night to Sunday 31 October 2027
        OffsetDateTime start = oslo(2027, 10, 31, 9, 0);
        OffsetDateTime due = Reminder.DAY_BEFORE.dueAt(start);
        assertEquals(oslo(2027, 10, 30, 9, 0), due);
        assertEquals(Duration.ofHours(25), Duration.between(due, start));
    }

    @Test
    void theLatestDueReminderIsSentAndOnlyIfTheSeatWasThereBeforeItsTime() {
        OffsetDateTime start = oslo(2027, 3, 29, 10, 0);
        OffsetDateTime seated = oslo(2027, 3, 1, 12, 0);
        assertEquals(Optional.empty(), Reminder.dueNow(start, seated, oslo(2027, 3, 28, 9, 59)));
        assertEquals(Optional.of(Reminder.DAY_BEFORE), Reminder.dueNow(start, seated, oslo(2027, 3, 28, 10, 0)));
        assertEquals(Optional.of(Reminder.DAY_BEFORE), Reminder.dueNow(start, seated, oslo(2027, 3, 29, 8, 59)));
        assertEquals(Optional.of(Reminder.HOUR_BEFORE), Reminder.dueNow(start, seated, oslo(2027, 3, 29, 9, 0)));
        assertEquals(Optional.empty(), Reminder.dueNow(start, seated, start), "none once it has started");

        OffsetDateTime lateSignUp = oslo(2027, 3, 29, 7, 0);
        assertEquals(Optional.empty(), Reminder.dueNow(start, lateSignUp, oslo(2027, 3, 29, 7, 1)),
                "signed up after the day-before time: the confirmation is enough");
        assertEquals(Optional.of(Reminder.HOUR_BEFORE), Reminder.dueNow(start, lateSignUp, oslo(2027, 3, 29, 9, 30)));
        assertEquals(Optional.empty(), Reminder.dueNow(start, oslo(2027, 3, 29, 9, 40), oslo(2027, 3, 29, 9, 45)));
    }
}
