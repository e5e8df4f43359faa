package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The .ics file carries the Oslo start and end with the zone, and never the join link. */
class EventCalendarTest {

    @Test
    void theCalendarFileHasTheOsloStartAndEndAndNoJoinLink() throws Exception {
        Event event = TestEvents.webinar("arkiv", LocalDateTime.of(2027, 5, 12, 10, 0), LocalDateTime.of(2027, 5, 12, 11, 30), 50);
        String ics = EventCalendar.ics(event, "https://laeringsarena.example/webinar/arrangement.xhtml?key=arkiv",
                "laeringsarena.example", OffsetDateTime.now());

        assertTrue(ics.contains("DTSTART;TZID=Europe/Oslo:20270512T100000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
        assertFalse(ics.contains("webinar.example"), "the join link is only for registered participants");

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent vevent = (VEvent) parsed.getComponent(Component.VEVENT).orElseThrow();
        ZonedDateTime start = (ZonedDateTime) vevent.getStartDate().orElseThrow().getDate();
        assertEquals(OsloTime.at(LocalDateTime.of(2027, 5, 12, 10, 0)).toInstant(), start.toInstant());
        assertEquals("Arkiv i nye kommuner", vevent.getSummary().getValue());
    }

    @Test
    void theFeedHasEveryEventWithOneTimeZoneAndItsName() throws Exception {
        Event arkiv = TestEvents.webinar("arkiv", LocalDateTime.of(2027, 5, 12, 10, 0), LocalDateTime.of(2027, 5, 12, 11, 30), 50);
        Event winter = TestEvents.webinar("vinter", LocalDateTime.of(2027, 1, 12, 9, 0), LocalDateTime.of(2027, 1, 12, 10, 0), 50);
        String ics = EventCalendar.feed(java.util.List.of(winter, arkiv), e -> "https://laeringsarena.example/a?key=" + e.getEventKey(),
                "laeringsarena.example", OffsetDateTime.now(), "Læringsarena – mine arrangementer");

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(2, parsed.getComponents(Component.VEVENT).size());
        assertEquals(1, parsed.getComponents(Component.VTIMEZONE).size());
        assertTrue(ics.contains("X-WR-CALNAME:Læringsarena – mine arrangementer"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Oslo:20270112T090000"), "winter time: " + ics);
        assertTrue(ics.contains("UID:arrangement-vinter@laeringsarena.example"), ics);
    }
}
