package no.laeringsarena.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When notifications go out by e-mail, free of the database so it can be tested. A user's {@link EmailFrequency}
 * decides between a mail for each notification, one daily digest, or none. The digest of a day is due from
 * {@link #SEND_AT} Oslo time and holds every notification not mailed yet that was made before then; each user gets
 * at most one per day (the mail's idempotency key names the user and the day).
 */
public final class DigestRules {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** The digest goes out at seven in the morning, before the working day. */
    public static final LocalTime SEND_AT = LocalTime.of(7, 0);

    /** How a user's notifications reach them by e-mail. */
    public enum Delivery {
        EACH_AT_ONCE, DAILY_DIGEST, NEVER
    }

    private DigestRules() {
    }

    /** No preference stored yet means the default, a daily digest. */
    public static Delivery deliveryOf(EmailFrequency frequency) {
        if (frequency == null) {
            return Delivery.DAILY_DIGEST;
        }
        return switch (frequency) {
            case IMMEDIATELY -> Delivery.EACH_AT_ONCE;
            case DAILY_DIGEST -> Delivery.DAILY_DIGEST;
            case NONE -> Delivery.NEVER;
        };
    }

    /** The day whose digest is due at this instant: today from seven o'clock, yesterday before. */
    public static LocalDate dueDay(OffsetDateTime now) {
        ZonedDateTime oslo = now.atZoneSameInstant(OSLO);
        return oslo.toLocalTime().isBefore(SEND_AT) ? oslo.toLocalDate().minusDays(1) : oslo.toLocalDate();
    }

    /** The digest of {@code day} holds the notifications made before this instant. */
    public static OffsetDateTime cutoff(LocalDate day) {
        return day.atTime(SEND_AT).atZone(OSLO).toOffsetDateTime();
    }

    /** The idempotency key of a user's digest for a day: queued once, whatever restarts or sweeps happen. */
    public static String digestKey(long userId, LocalDate day) {
        return "notification-digest:" + userId + ":" + day;
    }

    /** The idempotency key of the mail for one notification. */
    public static String immediateKey(long notificationId) {
        return "notification:" + notificationId;
    }
}
