package no.laeringsarena.webinar;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The calendar file (.ics, RFC 5545) of one event, made with ical4j: start and end in Europe/Oslo with the zone's
 * VTIMEZONE, the venue as location, a link back to the event page. The join link is never put in the file.
 */
public final class EventCalendar {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private EventCalendar() {
    }

    /**
     * @param pageUrl the event page's absolute address (in the description and as URL)
     * @param host    the site's host name, for the UID
     */
    public static String ics(Event event, String pageUrl, String host, OffsetDateTime now) {
        return calendar(List.of(vevent(event, pageUrl, host, now)), null);
    }

    /**
     * A calendar of several events (the personal feed), one VTIMEZONE for all.
     *
     * @param pageUrl the page address of each event
     * @param name    the calendar's name as calendar apps show it
     */
    public static String feed(List<Event> events, Function<Event, String> pageUrl, String host, OffsetDateTime now,
                              String name) {
        return calendar(events.stream().map(e -> vevent(e, pageUrl.apply(e), host, now)).toList(), name);
    }

    private static VEvent vevent(Event event, String pageUrl, String host, OffsetDateTime now) {
        VEvent vevent = new VEvent(OsloTime.inOslo(event.getStartsAt()), OsloTime.inOslo(event.getEndsAt()),
                event.getTitle());
        vevent.add(new Uid("arrangement-" + event.getEventKey() + "@" + host));
        vevent.add(new DtStamp(now.atZoneSameInstant(ZoneOffset.UTC).toInstant()));
        // calendar apps replace an event they have when a file with the same UID has a higher SEQUENCE
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.getVersion())));
        String location = location(event);
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        vevent.add(new Description(pageUrl));
        vevent.add(new Url(URI.create(pageUrl)));
        if (event.getStatus() == EventStatus.CANCELLED) {
            vevent.add(new Status(Status.VALUE_CANCELLED));
        }
        return vevent;
    }

    private static String calendar(List<VEvent> events, String name) {
        VTimeZone oslo = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(OsloTime.ZONE.getId()).getVTimeZone();
        Calendar calendar = new Calendar()
                .withProdId("-//Læringsarena//Arrangementer//NO")
                .withDefaults()
                .withComponent(oslo)
                .getFluentTarget();
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        events.forEach(calendar::add);
        return calendar.toString();
    }

    /** Venue, room and address for an in-person course, "Webinar" (the kind) is not a place: empty for webinars. */
    static String location(Event event) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {event.getVenue(), event.getRoom(), event.getAddress()}) {
            if (part != null && !part.isBlank()) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append(part.trim());
            }
        }
        return s.toString();
    }
}
