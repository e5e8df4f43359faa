package no.laeringsarena.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failed logins are counted per key (an e-mail address, and separately the
 * client address) within a window; after {@code maxFailures} the key is locked until the oldest counted
 * failure leaves the window. A successful login clears the e-mail's count.
 */
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long the key must still wait, or empty if it may try now. */
    public Optional<Duration> lockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            if (times.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void recordFailure(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            times.addLast(now);
        }
    }

    public void recordSuccess(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
