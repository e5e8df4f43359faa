package no.laeringsarena.notification;

import java.util.Locale;

/** How often a user wants their notifications by e-mail: never, right away, or gathered once a day. */
public enum EmailFrequency {
    NONE, IMMEDIATELY, DAILY_DIGEST;

    public String messageKey() {
        return "notification.email." + name().toLowerCase(Locale.ROOT);
    }
}
