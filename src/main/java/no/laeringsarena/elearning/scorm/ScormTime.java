package no.laeringsarena.elearning.scorm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spans of both editions: SCORM 1.2 {@code CMITimespan} ({@code HHHH:MM:SS.SS}) and SCORM 2004
 * {@code timeinterval (second,10,2)} (an ISO 8601 duration such as {@code PT1H5M3.25S}), to centiseconds, which is
 * all both keep. Years count 365 days and months 30 in ISO durations (the spec leaves it open; SCOs send hours,
 * minutes and seconds in practice).
 */
public final class ScormTime {

    /** CMITimespan: 2 to 4 digits of hours, minutes and seconds below 60, up to 2 decimals. */
    static final String TIMESPAN_12 = "^\\d{2,4}:[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?$";
    /** ISO 8601 duration with at least one component and a T only when time components follow. */
    static final String DURATION_2004 =
            "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?$";

    private static final Pattern TIMESPAN = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,2}))?");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?");
    private static final long CS_PER_SECOND = 100;

    private ScormTime() {
    }

    public static Optional<Duration> parseTimespan12(String text) {
        if (text == null || !text.matches(TIMESPAN_12)) {
            return Optional.empty();
        }
        Matcher m = TIMESPAN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long centis = (Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3)))
                * CS_PER_SECOND + (m.group(4) == null ? 0 : Long.parseLong((m.group(4) + "0").substring(0, 2)));
        return Optional.of(Duration.ofMillis(centis * 10));
    }

    /** {@code HHHH:MM:SS.SS}, hours capped at 9999 (a CMITimespan cannot say more). */
    public static String formatTimespan12(Duration duration) {
        long centis = Math.max(0, duration.toMillis() / 10);
        long hours = centis / (3600 * CS_PER_SECOND);
        if (hours > 9999) {
            return "9999:59:59.99";
        }
        long minutes = centis / (60 * CS_PER_SECOND) % 60;
        long seconds = centis / CS_PER_SECOND % 60;
        return String.format("%04d:%02d:%02d.%02d", hours, minutes, seconds, centis % CS_PER_SECOND);
    }

    public static Optional<Duration> parseDuration2004(String text) {
        if (text == null || !text.matches(DURATION_2004)) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long days = Math.addExact(Math.addExact(Math.multiplyExact(number(m.group(1)), 365),
                    Math.multiplyExact(number(m.group(2)), 30)), number(m.group(3)));
            long seconds = Math.addExact(Math.addExact(Math.multiplyExact(days, 86_400),
                    Math.multiplyExact(number(m.group(4)), 3600)), Math.multiplyExact(number(m.group(5)), 60));
            BigDecimal secs = m.group(6) == null ? BigDecimal.ZERO : new BigDecimal(m.group(6));
            long centis = Math.addExact(Math.multiplyExact(seconds, CS_PER_SECOND),
                    secs.movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact());
            return Optional.of(Duration.ofMillis(Math.multiplyExact(centis, 10)));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** {@code PT#H#M#.##S} with only the parts that are there; zero is {@code PT0S}. */
    public static String formatDuration2004(Duration duration) {
        long centis = Math.max(0, duration.toMillis() / 10);
        long hours = centis / (3600 * CS_PER_SECOND);
        long minutes = centis / (60 * CS_PER_SECOND) % 60;
        long wholeSeconds = centis / CS_PER_SECOND % 60;
        long fraction = centis % CS_PER_SECOND;
        StringBuilder s = new StringBuilder("PT");
        if (hours > 0) {
            s.append(hours).append('H');
        }
        if (minutes > 0) {
            s.append(minutes).append('M');
        }
        if (wholeSeconds > 0 || fraction > 0 || (hours == 0 && minutes == 0)) {
            s.append(wholeSeconds);
            if (fraction > 0) {
                s.append('.').append(fraction % 10 == 0 ? String.valueOf(fraction / 10) : String.format("%02d", fraction));
            }
            s.append('S');
        }
        return s.toString();
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
