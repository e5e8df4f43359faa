package no.laeringsarena.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void aRefusedLoginIsAnonymousWithTheAttemptedAddressAsTarget() {
        AuditEvent event = AuditEvent.anonymous(AuditEventType.LOGIN_FAILED, "ola@kommune.no", "");
        assertEquals("anonym", event.actorLabel());
        assertNull(event.actorId());
        assertEquals("ola@kommune.no", event.target());
        assertTrue(event.hasActor(), "anonymous is an actor of its own: the request's caller is not looked up");
    }

    @Test
    void anEventByTheCallerLeavesTheActorToTheLog() {
        assertFalse(AuditEvent.byCaller(AuditEventType.UNIT_ADDED, "enhet 1", "").hasActor());
    }

    @Test
    void targetAndDetailsAreOneLineAndBounded() {
        AuditEvent event = AuditEvent.by(1, "a@b.no", AuditEventType.FORUM_MODERATION, "x".repeat(500),
                "first line\r\nsecond\tline");
        assertEquals(300, event.target().length());
        assertTrue(event.target().endsWith("…"));
        assertEquals("first line second line", event.details());
        assertEquals("", AuditEvent.anonymous(AuditEventType.LOGIN_FAILED, null, null).target());
    }

    @Test
    void theTypeIsRequired() {
        assertThrows(NullPointerException.class, () -> new AuditEvent(null, null, null, "", ""));
    }

    @Test
    void anAccountIsNamedByItsIdOnly() {
        assertEquals("konto 42", AuditEvent.account(42));
    }

    @Test
    void theDateRangeIsNorwegianDaysWithBothEndsIncluded() {
        AuditFilter summer = new AuditFilter(null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(OffsetDateTime.of(2026, 5, 31, 22, 0, 0, 0, ZoneOffset.UTC).toInstant(), summer.fromInstant().toInstant());
        assertEquals(OffsetDateTime.of(2026, 6, 30, 22, 0, 0, 0, ZoneOffset.UTC).toInstant(), summer.toExclusive().toInstant());
        AuditFilter winter = new AuditFilter(null, null, LocalDate.of(2026, 1, 10), null);
        assertEquals(OffsetDateTime.of(2026, 1, 9, 23, 0, 0, 0, ZoneOffset.UTC).toInstant(), winter.fromInstant().toInstant());
        assertNull(winter.toExclusive());
        assertTrue(new AuditFilter(null, null, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)).dateRangeReversed());
        assertFalse(summer.dateRangeReversed());
    }

    @Test
    void thePersonFilterMatchesPartsOfAddressesLiterallyOrAnAccountId() {
        AuditFilter byText = new AuditFilter(null, "  Ola_N%@Kommune.no ", null, null);
        assertEquals("%ola\\_n\\%@kommune.no%", byText.personPattern());
        assertNull(byText.personAsId());
        assertEquals(17L, new AuditFilter(null, "17", null, null).personAsId());
        assertNull(new AuditFilter(null, "  ", null, null).person());
        assertNull(AuditFilter.all().personPattern());
    }

    @Test
    void pagesAreCountedFromOne() {
        AuditPage empty = new AuditPage(java.util.List.of(), 0, 1, 50);
        assertEquals(1, empty.pageCount());
        assertFalse(empty.hasNext());
        AuditPage middle = new AuditPage(java.util.List.of(), 101, 2, 50);
        assertEquals(3, middle.pageCount());
        assertTrue(middle.hasPrevious());
        assertTrue(middle.hasNext());
    }
}
