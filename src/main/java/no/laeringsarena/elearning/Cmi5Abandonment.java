package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.StatementStore;
import no.laeringsarena.platform.PlatformSettings;

/**
 * Ends cmi5 sessions that stopped without "terminated": the learner launched the AU again, or the session expired.
 * The platform then writes "abandoned" for the session (cmi5), and its auth token stops working.
 */
@ApplicationScoped
@Transactional
public class Cmi5Abandonment {

    static final int SWEEP_BATCH = 100;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    StatementStore statements;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    /** The learner's open sessions of the AU (before she launches it again). */
    void abandonOpen(long userId, Cmi5Au au, OffsetDateTime now) {
        em.createNamedQuery("Cmi5Session.open", Cmi5Session.class).setParameter("userId", userId).setParameter("au", au)
                .getResultList().forEach(s -> abandon(s, now));
    }

    /** Sessions past their expiry that never ended; answers how many were ended. */
    public int abandonExpired(OffsetDateTime now) {
        List<Cmi5Session> expired = em.createQuery("SELECT s FROM Cmi5Session s WHERE s.endedAt IS NULL AND s.expiresAt < :now "
                + "ORDER BY s.expiresAt", Cmi5Session.class).setParameter("now", now).setMaxResults(SWEEP_BATCH).getResultList();
        expired.forEach(s -> abandon(s, now));
        return expired.size();
    }

    private void abandon(Cmi5Session session, OffsetDateTime now) {
        session.end("abandoned", now);
        if (session.isPreview()) {
            return; // a course holder's preview: nobody's learning record
        }
        String baseUrl = settings.baseUrl();
        JsonObject actor = LearningStatements.learner(baseUrl, pseudonyms.of(session.getUserId()));
        statements.store(List.of(Cmi5Statements.abandoned(actor, session.getAu(), session,
                session.getAu().activityId(baseUrl), now)), LearningStatements.platformAuthority(baseUrl), null);
    }
}
