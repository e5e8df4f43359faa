package no.laeringsarena.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the audit log page asks for: a type (or all), a person (part of the actor's e-mail or of the target, or an
 * account id), and a date range in Norwegian time, both days included.
 */
public record AuditFilter(AuditEventType type, String person, LocalDate from, LocalDate to) {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public AuditFilter {
        person = person == null || person.isBlank() ? null : person.strip();
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }

    /** The first instant included, or null. */
    OffsetDateTime fromInstant() {
        return from == null ? null : from.atStartOfDay(OSLO).toOffsetDateTime();
    }

    /** The first instant no longer included, or null. */
    OffsetDateTime toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(OSLO).toOffsetDateTime();
    }

    /** The person filter as an account id, when it is a number. */
    Long personAsId() {
        return person != null && person.matches("[0-9]{1,18}") ? Long.valueOf(person) : null;
    }

    /** The person filter as a LIKE pattern (lower case, wildcards escaped). */
    String personPattern() {
        if (person == null) {
            return null;
        }
        String escaped = person.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public boolean dateRangeReversed() {
        return from != null && to != null && to.isBefore(from);
    }
}
