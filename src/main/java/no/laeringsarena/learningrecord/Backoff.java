package no.laeringsarena.learningrecord;

import java.time.Duration;

/** Exponential backoff for forwarding: 30 s after the first failure, doubling, at most 6 hours. */
public final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(6);

    private Backoff() {
    }

    /** The wait before the next try, after {@code failures} failed tries (1 or more). */
    public static Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
