package no.laeringsarena.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The omvisning (guided tour) for first-time users: Min side offers it until the person has taken or declined it;
 * anyone can take it again from the footer. Only whether it is done is kept.
 */
@ApplicationScoped
@Transactional
public class GuidedTour {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    public boolean isDone(long userId) {
        return !em.createNativeQuery("SELECT 1 FROM guided_tour_done WHERE user_id = ?1").setParameter(1, userId)
                .getResultList().isEmpty();
    }

    public void markDone(long userId) {
        em.createNativeQuery("INSERT INTO guided_tour_done (user_id, done_at) VALUES (?1, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, userId).executeUpdate();
    }
}
