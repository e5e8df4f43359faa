package no.laeringsarena.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time tickets that hand a person a provider vouched for to the container's login: issued right after the ID
 * token was validated, redeemed once by {@link OidcIdentityStore} within the same request, worthless afterwards.
 */
@ApplicationScoped
public class OidcLoginTickets {

    private static final Duration LIFETIME = Duration.ofSeconds(60);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    private record Ticket(String accountEmail, Instant expiresAt) {
    }

    public String issue(String accountEmail) {
        tickets.values().removeIf(t -> t.expiresAt().isBefore(Instant.now()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Ticket(accountEmail, Instant.now().plus(LIFETIME)));
        return ticket;
    }

    /** The account e-mail the ticket was issued for, once; empty for an unknown, used or expired ticket. */
    public Optional<String> redeem(String ticket) {
        Ticket t = ticket == null ? null : tickets.remove(ticket);
        if (t == null || t.expiresAt().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(t.accountEmail());
    }
}
