package no.laeringsarena.webinar;

import java.time.LocalDateTime;

/** Events for unit tests, built as the content importer builds them. */
final class TestEvents {

    private TestEvents() {
    }

    static Event webinar(String key, LocalDateTime osloStart, LocalDateTime osloEnd, int capacity) {
        Event event = new Event(key);
        event.describe(new EventContent(EventKind.WEBINAR, "Arkiv i nye kommuner", "Om arkiv", "", "", null, null,
                OsloTime.at(osloStart), OsloTime.at(osloEnd), OsloTime.at(osloStart.minusHours(1)), capacity, true,
                null, null, null, "https://webinar.example/arkiv", EventStatus.OPEN), null, null);
        return event;
    }
}
