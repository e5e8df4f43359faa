package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the event planner refuses, field by field, and how Oslo times typed in the form become instants. */
class EventValidationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static EventDraft webinar(String start, String end, String deadline, Integer capacity, String link) {
        return new EventDraft(EventKind.WEBINAR, "Digital sammenslåing: erfaringer", "Hva vi lærte.", "Kari", "Ledere",
                null, null, start, end, deadline, capacity, true, null, null, null, link, true);
    }

    private static List<String> fields(List<PlanningProblem> problems) {
        return problems.stream().map(PlanningProblem::field).toList();
    }

    @Test
    void aCompleteWebinarPasses() {
        EventDraft d = webinar("2027-03-10T10:00", "2027-03-10T11:30", "", 50, "https://teams.example/m/1");
        assertEquals(List.of(), EventValidation.problems(d, NOW, null, 0));
        EventContent c = EventValidation.content(d);
        assertEquals(OffsetDateTime.of(2027, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC).toInstant(), c.startsAt().toInstant());
        assertEquals(c.startsAt(), c.registrationDeadline(), "no deadline: registration closes at the start");
        assertEquals(EventStatus.OPEN, c.status());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        EventDraft d = new EventDraft(EventKind.FYSISK_KURS, " ", "", null, null, null, null, "i morgen",
                "", null, 0, true, "  ", null, null, null, false);
        assertEquals(List.of("title", "description", "start", "end", "capacity", "venue"),
                fields(EventValidation.problems(d, NOW, null, 0)));
    }

    @Test
    void timesMustBeInOrderAndTheStartAhead() {
        assertEquals(List.of("start"), fields(EventValidation.problems(
                webinar("2027-02-28T10:00", "2027-02-28T11:00", null, 10, "https://x.example"), NOW, null, 0)));
        assertEquals(List.of("end"), fields(EventValidation.problems(
                webinar("2027-03-10T10:00", "2027-03-10T09:00", null, 10, "https://x.example"), NOW, null, 0)));
        assertEquals(List.of("deadline"), fields(EventValidation.problems(
                webinar("2027-03-10T10:00", "2027-03-10T11:00", "2027-03-10T10:30", 10, "https://x.example"), NOW, null, 0)));
    }

    @Test
    void anUnchangedStartMayHavePassedButAMovedOneMayNot() {
        OffsetDateTime saved = EventValidation.parse("2027-02-28T10:00").orElseThrow();
        assertEquals(List.of(), EventValidation.problems(
                webinar("2027-02-28T10:00", "2027-03-02T11:00", null, 10, "https://x.example"), NOW, saved, 0));
        assertEquals(List.of("start"), fields(EventValidation.problems(
                webinar("2027-02-27T10:00", "2027-03-02T11:00", null, 10, "https://x.example"), NOW, saved, 0)));
    }

    @Test
    void seatsCannotGoBelowThoseTaken() {
        List<PlanningProblem> problems = EventValidation.problems(
                webinar("2027-03-10T10:00", "2027-03-10T11:00", null, 5, "https://x.example"), NOW, null, 8);
        assertEquals("planning.error.capacityBelowTaken", problems.get(0).messageKey());
        assertEquals(List.of(8L), problems.get(0).args());
    }

    @Test
    void aWebinarNeedsAnHttpsLink() {
        assertEquals("planning.error.joinUrl", EventValidation.problems(
                webinar("2027-03-10T10:00", "2027-03-10T11:00", null, 5, " "), NOW, null, 0).get(0).messageKey());
        assertEquals("planning.error.joinUrlHttps", EventValidation.problems(
                webinar("2027-03-10T10:00", "2027-03-10T11:00", null, 5, "http://zoom.example/j/1"), NOW, null, 0)
                .get(0).messageKey());
        assertEquals("planning.error.joinUrlHttps", EventValidation.problems(
                webinar("2027-03-10T10:00", "2027-03-10T11:00", null, 5, "javascript:alert(1)"), NOW, null, 0)
                .get(0).messageKey());
    }

    @Test
    void timesAreReadAsOsloWallClockInEveryWayTheyAreWritten() {
        // summer time: 10:00 in Oslo is 08:00 UTC
        OffsetDateTime expected = OffsetDateTime.of(2027, 6, 10, 8, 0, 0, 0, ZoneOffset.UTC);
        for (String text : List.of("2027-06-10T10:00", "2027-06-10 10:00", "10.06.2027 10:00", "10.6.2027 10:00")) {
            assertTrue(EventValidation.parse(text).orElseThrow().isEqual(expected), text);
        }
        assertTrue(EventValidation.parse("2027-13-10T10:00").isEmpty());
        assertEquals("2027-06-10T10:00", EventValidation.field(expected));
    }
}
