package no.laeringsarena.elearning.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScormTimeTest {

    @Test
    void scorm12TimespansParseAndFormat() {
        assertEquals(Duration.ofMillis(5_430_250), ScormTime.parseTimespan12("01:30:30.25").orElseThrow());
        assertEquals(Duration.ofMillis(3_600_500), ScormTime.parseTimespan12("0001:00:00.5").orElseThrow(),
                "one decimal is tenths");
        assertEquals(Duration.ofHours(1234), ScormTime.parseTimespan12("1234:00:00").orElseThrow());
        for (String bad : new String[] {"1:00:00", "00:60:00", "00:00:60", "00000:00:00", "00:00:00.123", "PT1H", ""}) {
            assertTrue(ScormTime.parseTimespan12(bad).isEmpty(), bad);
        }
        assertEquals("0000:00:00.00", ScormTime.formatTimespan12(Duration.ZERO));
        assertEquals("0001:30:30.25", ScormTime.formatTimespan12(Duration.ofMillis(5_430_250)));
        assertEquals("9999:59:59.99", ScormTime.formatTimespan12(Duration.ofHours(20_000)), "capped");
    }

    @Test
    void scorm2004DurationsParseAndFormat() {
        assertEquals(Duration.ofSeconds(5430).plusMillis(250), ScormTime.parseDuration2004("PT1H30M30.25S").orElseThrow());
        assertEquals(Duration.ofDays(1).plusSeconds(1), ScormTime.parseDuration2004("P1DT1S").orElseThrow());
        assertEquals(Duration.ofDays(365 + 60), ScormTime.parseDuration2004("P1Y2M").orElseThrow());
        assertEquals(Duration.ofMinutes(90), ScormTime.parseDuration2004("PT90M").orElseThrow());
        assertEquals(Duration.ZERO, ScormTime.parseDuration2004("PT0S").orElseThrow());
        for (String bad : new String[] {"P", "PT", "P1H", "PT1.5M", "1H", "PT1.123S", "P1YT", "-PT1S", "PT1S ", ""}) {
            assertTrue(ScormTime.parseDuration2004(bad).isEmpty(), bad);
        }
        assertEquals("PT0S", ScormTime.formatDuration2004(Duration.ZERO));
        assertEquals("PT1H30M30.25S", ScormTime.formatDuration2004(Duration.ofMillis(5_430_250)));
        assertEquals("PT2M0.5S", ScormTime.formatDuration2004(Duration.ofMillis(120_500)));
        assertEquals("PT25H", ScormTime.formatDuration2004(Duration.ofHours(25)));
    }

    @Test
    void sessionsAddUpToTheTotalTimeWithCentisecondPrecision() {
        Duration total = Duration.ZERO;
        for (String session : new String[] {"PT0.33S", "PT0.33S", "PT0.34S", "PT59M59S"}) {
            total = total.plus(ScormTime.parseDuration2004(session).orElseThrow());
        }
        assertEquals("PT1H", ScormTime.formatDuration2004(total));
        Duration t12 = ScormTime.parseTimespan12("0000:59:59.99").orElseThrow()
                .plus(ScormTime.parseTimespan12("00:00:00.01").orElseThrow());
        assertEquals("0001:00:00.00", ScormTime.formatTimespan12(t12));
    }
}
