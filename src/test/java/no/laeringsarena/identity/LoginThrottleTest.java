package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void locksAfterTooManyFailuresAndSaysForHowLong() {
        throttle.recordFailure("a@k.no");
        throttle.recordFailure("a@k.no");
        assertTrue(throttle.lockedFor("a@k.no").isEmpty(), "two failures are allowed");
        now = now.plusSeconds(60);
        throttle.recordFailure("a@k.no");
        assertEquals(Duration.ofMinutes(14), throttle.lockedFor("a@k.no").orElseThrow());
        assertTrue(throttle.lockedFor("b@k.no").isEmpty(), "other accounts are not affected");
    }

    @Test
    void unlocksWhenOldFailuresLeaveTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("a@k.no");
        }
        now = now.plus(Duration.ofMinutes(15));
        assertTrue(throttle.lockedFor("a@k.no").isEmpty());
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        throttle.recordFailure("a@k.no");
        throttle.recordFailure("a@k.no");
        throttle.recordSuccess("a@k.no");
        throttle.recordFailure("a@k.no");
        throttle.recordFailure("a@k.no");
        assertTrue(throttle.lockedFor("a@k.no").isEmpty());
    }
}
