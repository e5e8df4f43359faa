package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Participants hear of a new time or place, or a cancellation, and of nothing else. */
class EventChangeTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2027-05-12T10:00+02:00");
    private static final EventChange.Snapshot BEFORE = new EventChange.Snapshot(START, START.plusHours(1), "KS-huset",
            "Haakon VIIs gate 9", "Sal A", EventStatus.OPEN);

    @Test
    void sameInstantInAnotherOffsetIsNoChange() {
        EventChange.Snapshot after = new EventChange.Snapshot(OffsetDateTime.parse("2027-05-12T08:00Z"),
                START.plusHours(1), "KS-huset", "Haakon VIIs gate 9", "Sal A", EventStatus.FULL);
        assertEquals(Optional.empty(), EventChange.between(BEFORE, after));
    }

    @Test
    void newTimeOrRoomIsAChange() {
        assertEquals(Optional.of(EventChange.CHANGED), EventChange.between(BEFORE, new EventChange.Snapshot(
                START.plusDays(1), START.plusDays(1).plusHours(1), "KS-huset", "Haakon VIIs gate 9", "Sal A", EventStatus.OPEN)));
        assertEquals(Optional.of(EventChange.CHANGED), EventChange.between(BEFORE, new EventChange.Snapshot(
                START, START.plusHours(1), "KS-huset", "Haakon VIIs gate 9", "Sal B", EventStatus.OPEN)));
    }

    @Test
    void cancellingIsToldOnce() {
        EventChange.Snapshot cancelled = new EventChange.Snapshot(START, START.plusHours(1), "KS-huset",
                "Haakon VIIs gate 9", "Sal A", EventStatus.CANCELLED);
        assertEquals(Optional.of(EventChange.CANCELLED), EventChange.between(BEFORE, cancelled));
        assertEquals(Optional.empty(), EventChange.between(cancelled, cancelled));
    }
}
