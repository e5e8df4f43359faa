package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.laeringsarena.identity.PasswordHasher;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * The LRS clients: authentication of HTTP Basic credentials (a revoked client is refused), and creation and
 * revocation by the system administrator. A secret is checked with PBKDF2 once; later requests compare a SHA-256
 * of the secret kept in memory, so the LRS stays fast without weakening the stored hash.
 */
@ApplicationScoped
public class LrsClients {

    public static final int SECRET_BYTES = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    /** A client that may use the LRS now, by its credentials; empty if unknown, wrong secret or revoked. */
    @Transactional
    public Optional<LrsClient> authenticate(String key, String secret) {
        Optional<LrsClient> client = findByKey(key).filter(c -> !c.isRevoked());
        if (client.isEmpty()) {
            return Optional.empty();
        }
        String cacheKey = key + "\n" + client.get().getSecretHash();
        byte[] presented = sha256(secret + "\n" + client.get().getSecretHash());
        byte[] known = verified.get(cacheKey);
        if (known != null) {
            return MessageDigest.isEqual(known, presented) ? client : Optional.empty();
        }
        if (hasher.verify(secret.toCharArray(), client.get().getSecretHash())) {
            verified.put(cacheKey, presented);
            return client;
        }
        return Optional.empty();
    }

    @Transactional
    public Optional<LrsClient> findByKey(String key) {
        return em.createNamedQuery("LrsClient.byKey", LrsClient.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The start-up client from configuration: created with full scope when its key is not known yet. */
    @Transactional
    public void ensureBootstrapClient(String key, String secret) {
        if (findByKey(key).isEmpty()) {
            em.persist(new LrsClient(key, "Bootstrap", hasher.hash(secret.toCharArray()), EnumSet.of(LrsScope.ALL)));
        }
    }

    /** A new client with a generated key and secret; the secret is shown once and stored only as a hash. */
    public record Created(String key, String secret) {
    }

    @Transactional
    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public Created create(String name, Set<LrsScope> scopes) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes");
        }
        String key = "lrs-" + token(9);
        String secret = token(SECRET_BYTES);
        em.persist(new LrsClient(key, name.trim(), hasher.hash(secret.toCharArray()), scopes));
        return new Created(key, secret);
    }

    @Transactional
    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public void revoke(long id) {
        LrsClient client = em.find(LrsClient.class, id);
        if (client != null) {
            client.revoke();
            verified.keySet().removeIf(k -> k.startsWith(client.getClientKey() + "\n"));
        }
    }

    @Transactional
    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public List<LrsClient> all() {
        return em.createNamedQuery("LrsClient.all", LrsClient.class).getResultList();
    }

    private String token(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
