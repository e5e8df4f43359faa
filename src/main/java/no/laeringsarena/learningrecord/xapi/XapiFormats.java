package no.laeringsarena.learningrecord.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The value formats xAPI uses: IRIs, UUIDs, language tags, ISO 8601 timestamps and durations, mailto. */
public final class XapiFormats {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");
    private static final Pattern UUID_FORM = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$");
    private static final Pattern DURATION = Pattern.compile(
            "^P(\\d+(\\.\\d+)?W|(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?)$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$");
    private static final Pattern SHA1_HEX = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$");

    /** The xAPI version this LRS speaks, in headers and in the statements it completes. */
    public static final String VERSION = "2.0.0";

    private XapiFormats() {
    }

    /** An absolute IRI: a scheme and something after it, no white space. */
    public static boolean isIri(String value) {
        return value != null && SCHEME.matcher(value).matches() && value.chars().noneMatch(Character::isWhitespace);
    }

    /** An IRL: an IRI that can be dereferenced (http or https with a host). */
    public static boolean isIrl(String value) {
        if (!isIri(value)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isUuid(String value) {
        return value != null && UUID_FORM.matcher(value).matches();
    }

    public static Optional<UUID> uuid(String value) {
        return isUuid(value) ? Optional.of(UUID.fromString(value)) : Optional.empty();
    }

    public static boolean isLanguageTag(String value) {
        return value != null && LANGUAGE_TAG.matcher(value).matches();
    }

    /** ISO 8601 duration in the P…Y…M…DT…H…M…S or the P…W form (weeks stand alone; not the time-point form). */
    public static boolean isDuration(String value) {
        return value != null && DURATION.matcher(value).matches();
    }

    public static boolean isMailto(String value) {
        return value != null && MAILTO.matcher(value).matches();
    }

    public static boolean isSha1Hex(String value) {
        return value != null && SHA1_HEX.matcher(value).matches();
    }

    /**
     * Parses an ISO 8601 timestamp; one without a time zone is taken as UTC. The "-00:00" offset (RFC 3339's
     * "unknown local offset") is refused, as the time it names is not known.
     */
    public static Optional<OffsetDateTime> timestamp(String value) {
        if (value == null || !TIMESTAMP.matcher(value).matches() || value.endsWith("-00:00")
                || value.endsWith("-0000") || value.endsWith("-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(normaliseOffset(value), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static String normaliseOffset(String value) {
        // +0100 and +01 are ISO 8601 too; java.time wants +01:00
        if (value.matches(".*[+-]\\d{4}$")) {
            return value.substring(0, value.length() - 2) + ":" + value.substring(value.length() - 2);
        }
        if (value.matches(".*T.*[+-]\\d{2}$")) {
            return value + ":00";
        }
        return value;
    }

    /** UTC, millisecond precision: how the LRS writes the timestamps it returns. */
    public static String format(OffsetDateTime time) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
