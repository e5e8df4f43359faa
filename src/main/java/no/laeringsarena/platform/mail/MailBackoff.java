package no.laeringsarena.platform.mail;

import java.time.Duration;

/** When to try a mail again: 30 s after the first failure, doubling, at most one hour apart. */
public final class MailBackoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(1);

    private MailBackoff() {
    }

    /** The wait after {@code failures} failed tries (1 or more). */
    public static Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
