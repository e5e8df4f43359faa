package no.laeringsarena.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Which e-mail a preference gives, and which day's digest is due when. */
class DigestRulesTest {

    @Test
    void thePreferenceDecidesBetweenEachAtOnceADigestAndNothingWithTheDigestAsDefault() {
        assertEquals(DigestRules.Delivery.EACH_AT_ONCE, DigestRules.deliveryOf(EmailFrequency.IMMEDIATELY));
        assertEquals(DigestRules.Delivery.DAILY_DIGEST, DigestRules.deliveryOf(EmailFrequency.DAILY_DIGEST));
        assertEquals(DigestRules.Delivery.NEVER, DigestRules.deliveryOf(EmailFrequency.NONE));
        assertEquals(DigestRules.Delivery.DAILY_DIGEST, DigestRules.deliveryOf(null), "no choice stored yet");
    }

    @Test
    void theDigestOfADayIsDueFromSevenInOsloAndHoldsWhatCameBefore() {
        // 23 November: Oslo is UTC+1, so seven in Oslo is 06:00 UTC
        assertEquals(LocalDate.of(2026, 11, 22), DigestRules.dueDay(OffsetDateTime.parse("2026-11-23T05:59:59Z")),
                "before seven: yesterday's digest is the latest due");
        assertEquals(LocalDate.of(2026, 11, 23), DigestRules.dueDay(OffsetDateTime.parse("2026-11-23T06:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 23), DigestRules.dueDay(OffsetDateTime.parse("2026-11-23T23:30:00Z")),
                "after midnight in Oslo it is the 24th, whose digest is not due before seven");
        assertEquals(OffsetDateTime.parse("2026-11-23T06:00:00Z").toInstant(),
                DigestRules.cutoff(LocalDate.of(2026, 11, 23)).toInstant());
        assertEquals(OffsetDateTime.parse("2026-06-15T05:00:00Z").toInstant(),
                DigestRules.cutoff(LocalDate.of(2026, 6, 15)).toInstant(), "summer time: UTC+2");
    }

    @Test
    void oneDigestKeyPerUserAndDaySoARestartNeverSendsTwice() {
        assertEquals(DigestRules.digestKey(42, LocalDate.of(2026, 11, 23)), DigestRules.digestKey(42, LocalDate.of(2026, 11, 23)));
        assertNotEquals(DigestRules.digestKey(42, LocalDate.of(2026, 11, 23)), DigestRules.digestKey(42, LocalDate.of(2026, 11, 24)));
        assertNotEquals(DigestRules.digestKey(42, LocalDate.of(2026, 11, 23)), DigestRules.digestKey(43, LocalDate.of(2026, 11, 23)));
        assertNotEquals(DigestRules.immediateKey(42), DigestRules.digestKey(42, LocalDate.of(2026, 11, 23)));
    }
}
