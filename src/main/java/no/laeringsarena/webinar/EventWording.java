package no.laeringsarena.webinar;

import java.time.OffsetDateTime;
import java.util.Locale;
import no.laeringsarena.platform.web.Messages;

/** When and where an event is, in the reader's language and always in Oslo time: for pages and mails alike. */
public final class EventWording {

    private EventWording() {
    }

    /** "onsdag 10. mars 2027 kl. 10:00–11:00", or with both dates when it spans days. */
    public static String when(Event e, Locale locale) {
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

    /** "onsdag 10. mars 2027 kl. 10:00". */
    public static String dateTime(OffsetDateTime t, Locale locale) {
        return Messages.text(locale, "webinar.at",
                OsloTime.format(t, Messages.text(locale, "webinar.format.date"), locale),
                OsloTime.format(t, Messages.text(locale, "webinar.format.time"), locale));
    }

    /** Venue, room and address; for a webinar that it is online. */
    public static String place(Event e, Locale locale) {
        if (e.isWebinar()) {
            return Messages.text(locale, "webinar.online");
        }
        return EventCalendar.location(e);
    }
}
