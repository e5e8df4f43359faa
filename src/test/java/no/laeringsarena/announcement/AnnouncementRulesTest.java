package no.laeringsarena.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an editor's announcement must be, and when it is shown. */
class AnnouncementRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static List<String> fields(AnnouncementDraft d) {
        return AnnouncementRules.problems(d, NOW).stream().map(AnnouncementProblem::field).toList();
    }

    @Test
    void anEmptyStartMeansNowAndAnEmptyEndMeansUntilWithdrawn() {
        AnnouncementDraft d = new AnnouncementDraft("Ny kursrunde", "Påmeldingen er åpen.", "", "");
        assertEquals(List.of(), fields(d));
        AnnouncementRules.Period p = AnnouncementRules.period(d, NOW);
        assertEquals(NOW, p.from());
        assertNull(p.until());
        assertTrue(p.shownAt(NOW));
        assertTrue(p.shownAt(NOW.plusYears(5)));
        assertFalse(p.shownAt(NOW.minusSeconds(1)));
    }

    @Test
    void everyWrongFieldIsReported() {
        assertEquals(List.of("title", "body", "from", "until"),
                fields(new AnnouncementDraft(" ", "", "i morgen", "aldri")));
        assertEquals(List.of("title"), fields(new AnnouncementDraft("x".repeat(201), "Tekst", null, null)));
    }

    @Test
    void theEndMustBeAheadAndAfterTheStart() {
        assertEquals("announcement.error.untilPast", AnnouncementRules.problems(
                new AnnouncementDraft("T", "B", null, "2027-02-28T10:00"), NOW).get(0).messageKey());
        assertEquals("announcement.error.untilBeforeFrom", AnnouncementRules.problems(
                new AnnouncementDraft("T", "B", "2027-03-10T10:00", "2027-03-09T10:00"), NOW).get(0).messageKey());
        AnnouncementRules.Period p = AnnouncementRules.period(
                new AnnouncementDraft("T", "B", "2027-03-10T10:00", "2027-03-11T10:00"), NOW);
        assertFalse(p.shownAt(NOW), "planned: not yet");
        assertTrue(p.shownAt(p.from()));
        assertFalse(p.shownAt(p.until()), "the end is exclusive");
    }
}
