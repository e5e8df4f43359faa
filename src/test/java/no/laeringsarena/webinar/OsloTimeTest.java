package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Event times are Oslo wall-clock times: right offsets in winter and summer, and real lengths across DST. */
class OsloTimeTest {

    @Test
    void aWinterTimeIsOneHourAheadOfUtcAndASummerTimeTwo() {
        assertEquals(OffsetDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                OsloTime.parse("2027-01-20 10:00").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.of(2027, 6, 16, 8, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                OsloTime.parse("2027-06-16 10:00").orElseThrow().toInstant());
    }

    @Test
    void aNightCourseAcrossTheSpringChangeLastsAnHourLessThanTheClockSuggests() {
        // Summer time starts Sunday 28 March 2027: 02:00 becomes 03:00.
        OffsetDateTime start = OsloTime.parse("2027-03-28 01:00").orElseThrow();
        OffsetDateTime end = OsloTime.parse("2027-03-28 04:00").orElseThrow();
        assertEquals(Duration.ofHours(2), OsloTime.length(start, end));
        assertEquals("+01:00", start.getOffset().getId());
        assertEquals("+02:00", end.getOffset().getId());
    }

    @Test
    void anEventAcrossTheAutumnChangeLastsAnHourMore() {
        // Summer time ends Sunday 31 October 2027: 03:00 becomes 02:00.
        OffsetDateTime start = OsloTime.parse("2027-10-31 01:00").orElseThrow();
        OffsetDateTime end = OsloTime.parse("2027-10-31 04:00").orElseThrow();
        assertEquals(Duration.ofHours(4), OsloTime.length(start, end));
    }

    @Test
    void anInstantStoredInUtcIsShownOnTheOsloClock() {
        OffsetDateTime storedUtc = OffsetDateTime.of(2027, 3, 29, 8, 0, 0, 0, ZoneOffset.UTC);
        assertEquals("29.03.2027 10:00", OsloTime.format(storedUtc, "dd.MM.uuuu HH:mm", Locale.forLanguageTag("nb")));
        OffsetDateTime dayBefore = OffsetDateTime.of(2027, 3, 27, 9, 0, 0, 0, ZoneOffset.UTC);
        assertEquals("27.03.2027 10:00", OsloTime.format(dayBefore, "dd.MM.uuuu HH:mm", Locale.forLanguageTag("nb")));
        assertEquals("mandag 29. mars", OsloTime.format(storedUtc, "EEEE d. MMMM", Locale.forLanguageTag("nb")));
    }

    @Test
    void aTimeThatIsNotOnTheFormIsRefused() {
        assertTrue(OsloTime.parse("10.03.2027 10:00").isEmpty());
        assertTrue(OsloTime.parse("+21d 10:00").isEmpty());
    }

    @Test
    void theJoinLinkWindowOpensFifteenMinutesBeforeTheStartAndClosesAtTheEnd() {
        Event event = TestEvents.webinar("w", LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 11, 0), 10);
        OffsetDateTime start = event.getStartsAt();
        assertFalse(event.isJoinWindow(start.minusMinutes(16)));
        assertTrue(event.isJoinWindow(start.minusMinutes(15)));
        assertTrue(event.isJoinWindow(start.plusMinutes(59)));
        assertFalse(event.isJoinWindow(event.getEndsAt()));
    }

    @Test
    void registrationClosesAtTheDeadlineAndTheEventIsHeldAfterItsEnd() {
        Event event = TestEvents.webinar("w", LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 3, 28, 11, 0), 10);
        assertTrue(event.isRegistrationOpen(event.getRegistrationDeadline().minusSeconds(1)));
        assertFalse(event.isRegistrationOpen(event.getRegistrationDeadline()));
        assertEquals(EventStatus.HELD, event.statusAt(event.getEndsAt()));
        assertEquals(EventStatus.OPEN, event.statusAt(event.getStartsAt()));
    }
}
