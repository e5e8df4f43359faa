package no.laeringsarena.webinar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Event times are defined and shown in Norwegian time (Europe/Oslo, CET/CEST) and stored as instants
 * (timestamptz). The conversions here are the only place the zone is applied, so daylight saving is right.
 */
public final class OsloTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** How written times look in the content folder: {@code 2027-03-10 10:00}. */
    public static final DateTimeFormatter CONTENT_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** How long before the start a registered participant gets the join link. */
    public static final Duration JOIN_WINDOW = Duration.ofMinutes(15);

    private OsloTime() {
    }

    /** The instant of a wall-clock time in Oslo (in the autumn overlap the earlier, summer-time instant). */
    public static OffsetDateTime at(LocalDateTime osloWallClock) {
        return osloWallClock.atZone(ZONE).toOffsetDateTime();
    }

    /** Parses {@code 2027-03-10 10:00} as Oslo time; empty when it is not such a time. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(at(LocalDateTime.parse(text.trim(), CONTENT_FORMAT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The same instant on the Oslo wall clock. */
    public static ZonedDateTime inOslo(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE);
    }

    /** Formats an instant as Oslo time with a pattern (from the message bundle) in the reader's language. */
    public static String format(OffsetDateTime instant, String pattern, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(inOslo(instant));
    }

    /** Real elapsed time between two instants (a night across a DST change is an hour shorter or longer). */
    public static Duration length(OffsetDateTime start, OffsetDateTime end) {
        return Duration.between(start, end);
    }
}
