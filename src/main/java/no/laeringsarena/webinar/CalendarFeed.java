package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The personal calendar feed: a secret token per user (256 random bits) in a URL that calendar apps subscribe to
 * without logging in. {@link #renew} makes a new token; the old URL answers 404 from then on. The feed lists the
 * events she has a seat at, from 90 days back.
 */
@ApplicationScoped
@Transactional
public class CalendarFeed {

    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final long DAYS_BACK = 90;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public Optional<String> token(long userId) {
        List<?> rows = em.createNativeQuery("SELECT token FROM calendar_feed_token WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** A new token for the user; the one she had stops working. */
    public String renew(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("""
                INSERT INTO calendar_feed_token (user_id, token, created_at) VALUES (?1, ?2, CAST(?3 AS timestamptz))
                ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = EXCLUDED.created_at""")
                .setParameter(1, userId).setParameter(2, token).setParameter(3, OffsetDateTime.now(clock).toString())
                .executeUpdate();
        return token;
    }

    /** The events of the token's owner, soonest first; empty when the token is unknown or revoked. */
    public Optional<List<Event>> events(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        List<?> owner = em.createNativeQuery("SELECT user_id FROM calendar_feed_token WHERE token = ?1")
                .setParameter(1, token).getResultList();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        long userId = ((Number) owner.get(0)).longValue();
        return Optional.of(em.createQuery("""
                SELECT e FROM Registration r JOIN r.event e
                WHERE r.user.id = :userId AND r.status = no.laeringsarena.webinar.RegistrationStatus.REGISTERED
                  AND e.status <> no.laeringsarena.webinar.EventStatus.PLANNED AND e.endsAt > :from
                ORDER BY e.startsAt""", Event.class)
                .setParameter("userId", userId).setParameter("from", OffsetDateTime.now(clock).minusDays(DAYS_BACK))
                .getResultList());
    }
}
