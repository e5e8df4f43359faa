package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The platform's login throttles: 5 failures per e-mail address and 30 per client address within 15 minutes
 * lock further attempts from that source until the window has passed.
 */
@ApplicationScoped
public class LoginThrottling {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginThrottle byEmail = new LoginThrottle(Clock.systemUTC(), 5, WINDOW);
    private final LoginThrottle byClient = new LoginThrottle(Clock.systemUTC(), 30, WINDOW);

    public Optional<Duration> lockedFor(String email, String clientAddress) {
        Optional<Duration> email_ = byEmail.lockedFor(UserAccount.normaliseEmail(email));
        Optional<Duration> client = byClient.lockedFor(clientAddress);
        if (email_.isPresent() && client.isPresent()) {
            return Optional.of(email_.get().compareTo(client.get()) > 0 ? email_.get() : client.get());
        }
        return email_.isPresent() ? email_ : client;
    }

    public void recordFailure(String email, String clientAddress) {
        byEmail.recordFailure(UserAccount.normaliseEmail(email));
        byClient.recordFailure(clientAddress);
    }

    public void recordSuccess(String email) {
        byEmail.recordSuccess(UserAccount.normaliseEmail(email));
    }
}
