package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.LrsSessionAuthenticator;
import no.laeringsarena.learningrecord.LrsSessionGrant;
import no.laeringsarena.learningrecord.xapi.Agents;
import no.laeringsarena.platform.PlatformSettings;

/**
 * The cmi5 fetch URL and auth tokens. The fetch token in the launch URL may be used once: it answers the auth token
 * (HTTP Basic credentials {@code cmi5-<random>:<secret>}, base64) that the AU then sends to /xapi; a second use, an
 * unknown or an expired token gets a cmi5 error (1: already used, 2: expired, 3: invalid). The auth token is
 * accepted by the LRS while its session is live (not terminated or abandoned, not expired), for that learner and
 * registration only ({@link LrsSessionGrant}).
 */
@ApplicationScoped
@Transactional
public class Cmi5Sessions implements LrsSessionAuthenticator {

    static final String AUTH_KEY_PREFIX = "cmi5-";

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    /** What the fetch URL answers: the auth token, or a cmi5 error code and text. */
    public record FetchAnswer(String authToken, int errorCode, String errorText) {

        static FetchAnswer error(int code, String text) {
            return new FetchAnswer(null, code, text);
        }

        public boolean ok() {
            return authToken != null;
        }
    }

    public FetchAnswer fetch(String fetchToken) {
        if (fetchToken == null || fetchToken.length() > 100) {
            return FetchAnswer.error(3, "invalid fetch token");
        }
        Optional<Cmi5Session> found = em.createNamedQuery("Cmi5Session.byFetchHash", Cmi5Session.class)
                .setParameter("hash", Cmi5Tokens.hash(fetchToken)).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return FetchAnswer.error(3, "invalid fetch token");
        }
        Cmi5Session session = found.get();
        OffsetDateTime now = now();
        if (session.isFetched()) {
            return FetchAnswer.error(1, "the fetch URL has already been used");
        }
        if (!session.isLive(now)) {
            return FetchAnswer.error(2, "the session has expired or ended");
        }
        String key = AUTH_KEY_PREFIX + Cmi5Tokens.random(12);
        String secret = Cmi5Tokens.random(24);
        session.fetched(key, Cmi5Tokens.hash(secret), now);
        return new FetchAnswer(Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)),
                0, null);
    }

    @Override
    public Optional<LrsSessionGrant> authenticate(String key, String secret) {
        if (key == null || !key.startsWith(AUTH_KEY_PREFIX) || key.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery("Cmi5Session.byAuthKey", Cmi5Session.class).setParameter("key", key)
                .getResultStream().findFirst()
                .filter(s -> s.isLive(now()) && Cmi5Tokens.matches(secret, s.getAuthHash()))
                .map(s -> new LrsSessionGrant(key, actorKey(s.getUserId()), s.getRegistration()));
    }

    String actorKey(long userId) {
        return Agents.key(LearningStatements.learner(settings.baseUrl(), pseudonyms.of(userId))).orElseThrow();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
