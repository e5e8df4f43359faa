package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.junit.jupiter.api.Test;

class AttendanceCertificateTest {

    private static final UserAccount DINA = new UserAccount("dina@example.no", "Dina Dahl", "x", null, Set.of(Role.DELTAKER));

    @Test
    void anAttendanceCertificateTellsTheEventsOsloDayAndItsRealLengthAcrossTheSpringDstChange() throws Exception {
        // 28 March 2027: Oslo clocks jump from 02:00 to 03:00, so 01:00–03:30 on the clock is 1 h 30 min
        Event event = saved(TestEvents.webinar("natt-webinar", LocalDateTime.of(2027, 3, 28, 1, 0),
                LocalDateTime.of(2027, 3, 28, 3, 30), 10), 42L);
        Certificate.Attendance attendance = event.attendance();
        assertEquals(42L, attendance.eventId());
        assertEquals("Arkiv i nye kommuner", attendance.title());
        assertEquals(LocalDate.of(2027, 3, 28), attendance.heldOn());
        assertEquals(90, attendance.durationMinutes());

        Certificate certificate = Certificate.forAttendance(DINA, attendance,
                OffsetDateTime.parse("2027-04-02T10:00:00Z"), "ABCDE23456");
        assertTrue(certificate.isAttendance());
        assertNull(certificate.getCourse(), "a certificate has a course or an event, never both");
        assertEquals(42L, certificate.getEventId());
        assertEquals(new BigDecimal("1.5"), certificate.getHours());
        assertEquals(LocalDate.of(2027, 3, 28), certificate.getDate(), "the day attended, not the day it was issued");
        assertEquals("Dina Dahl", certificate.getHolderName());
    }

    @Test
    void anEventLateInTheEveningIsOnItsOsloDayNotItsUtcDay() throws Exception {
        // 23:30 in Oslo on 9 June is 21:30 UTC the same day; 00:30 on 10 June in Oslo is still 9 June in UTC
        Event event = saved(TestEvents.webinar("sent", LocalDateTime.of(2027, 6, 10, 0, 30),
                LocalDateTime.of(2027, 6, 10, 1, 0), 10), 7L);
        assertEquals(LocalDate.of(2027, 6, 10), event.attendance().heldOn());
        assertEquals(new BigDecimal("0.5"), Certificate.forAttendance(DINA, event.attendance(),
                OffsetDateTime.parse("2027-06-10T08:00:00Z"), "ABCDE23456").getHours());
    }

    @Test
    void anAttendanceNeedsATitleADayAndALengthAndLongTitlesAreShortenedToWhatIsPrinted() {
        assertThrows(IllegalArgumentException.class, () -> new Certificate.Attendance(1, " ", LocalDate.now(), 60));
        assertThrows(IllegalArgumentException.class, () -> new Certificate.Attendance(1, "Fagdag", null, 60));
        assertThrows(IllegalArgumentException.class, () -> new Certificate.Attendance(1, "Fagdag", LocalDate.now(), 0));
        String title = new Certificate.Attendance(1, "x".repeat(250), LocalDate.now(), 60).title();
        assertEquals(200, title.length());
        assertTrue(title.endsWith("…"));
    }

    private static Event saved(Event event, long id) throws ReflectiveOperationException {
        var field = Event.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(event, id);
        return event;
    }
}
