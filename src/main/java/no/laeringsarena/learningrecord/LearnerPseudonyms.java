package no.laeringsarena.learningrecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The random per-user UUID that stands for a platform user in statements (table learner_pseudonym), so the LRS and
 * any LRS it forwards to never see e-mail addresses or names.
 */
@ApplicationScoped
@Transactional
public class LearnerPseudonyms {

    @PersistenceContext
    EntityManager em;

    public Optional<UUID> find(long userId) {
        List<?> rows = em.createNativeQuery("SELECT pseudonym::text FROM learner_pseudonym WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString((String) rows.get(0)));
    }

    public UUID of(long userId) {
        return find(userId).orElseGet(() -> {
            UUID pseudonym = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO learner_pseudonym (user_id, pseudonym) VALUES (?1, CAST(?2 AS uuid)) "
                            + "ON CONFLICT (user_id) DO NOTHING")
                    .setParameter(1, userId).setParameter(2, pseudonym.toString()).executeUpdate();
            return find(userId).orElse(pseudonym);
        });
    }
}
