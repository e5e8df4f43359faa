package no.laeringsarena.webinar.web;

import java.util.Locale;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.Event;
import no.laeringsarena.webinar.EventWording;
import no.laeringsarena.webinar.EventStatus;
import no.laeringsarena.webinar.EventView;

/** Texts about an event in the reader's language: when (Oslo time), where, seats left, status. */
final class EventTexts {

    private EventTexts() {
    }

    static String when(Event e, Locale locale) {
        return EventWording.when(e, locale);
    }

    static String dateTime(java.time.OffsetDateTime t, Locale locale) {
        return EventWording.dateTime(t, locale);
    }

    static String place(Event e, Locale locale) {
        return EventWording.place(e, locale);
    }

    static String seats(EventView v, Locale locale) {
        if (v.status() == EventStatus.CANCELLED || v.status() == EventStatus.HELD) {
            return "";
        }
        if (v.seatsLeft() == 0) {
            return Messages.text(locale, v.event().isWaitingList() ? "webinar.seats.fullWaiting" : "webinar.seats.full");
        }
        return Messages.text(locale, "webinar.seats.left", v.seatsLeft());
    }

    static EventRow row(EventView v, Locale locale) {
        Event e = v.event();
        return new EventRow(e.getEventKey(), e.getTitle(), Messages.text(locale, e.getKind().messageKey()),
                when(e, locale), place(e, locale), seats(v, locale), Messages.text(locale, v.status().messageKey()),
                v.status() == EventStatus.CANCELLED);
    }
}
