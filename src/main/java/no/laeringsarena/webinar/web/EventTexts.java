package no.laeringsarena.webinar.web;

import java.util.Locale;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.Event;
import no.laeringsarena.webinar.EventStatus;
import no.laeringsarena.webinar.EventView;
import no.laeringsarena.webinar.OsloTime;

/** Texts about an event in the reader's language: when (Oslo time), where, seats left, status. */
final class EventTexts {

    private EventTexts() {
    }

    /** "onsdag 10. mars 2027 kl. 10:00–11:00", or with both dates when it spans days; always Oslo time. */
    static String when(Event e, Locale locale) {
        String datePattern = Messages.text(locale, "webinar.format.date");
        String timePattern = Messages.text(locale, "webinar.format.time");
        String startDate = OsloTime.format(e.getStartsAt(), datePattern, locale);
        String endDate = OsloTime.format(e.getEndsAt(), datePattern, locale);
        String start = OsloTime.format(e.getStartsAt(), timePattern, locale);
        String end = OsloTime.format(e.getEndsAt(), timePattern, locale);
        if (startDate.equals(endDate)) {
            return Messages.text(locale, "webinar.when", startDate, start, end);
        }
        return Messages.text(locale, "webinar.whenSpan", startDate, start, endDate, end);
    }

    static String dateTime(java.time.OffsetDateTime t, Locale locale) {
        return Messages.text(locale, "webinar.at",
                OsloTime.format(t, Messages.text(locale, "webinar.format.date"), locale),
                OsloTime.format(t, Messages.text(locale, "webinar.format.time"), locale));
    }

    static String place(Event e, Locale locale) {
        if (e.isWebinar()) {
            return Messages.text(locale, "webinar.online");
        }
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {e.getVenue(), e.getRoom(), e.getAddress()}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : ", ").append(part.trim());
            }
        }
        return s.toString();
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
