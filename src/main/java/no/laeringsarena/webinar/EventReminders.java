package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Queues the reminders that are due ({@link Reminder#dueNow}) for everyone with a seat at an event starting within
 * the next 25 hours. The mail outbox is the record of what was queued (one idempotency key per registration,
 * reminder and start time), so a reminder goes out once, also across restarts, and again only if the event moves.
 */
@ApplicationScoped
@Transactional
public class EventReminders {

    /** The day-before reminder is at most 25 real hours before the start (the autumn change to winter time). */
    static final long HORIZON_HOURS = 25;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    WebinarMails mails;

    /** Returns how many reminders were queued now. */
    public int queueDue(OffsetDateTime now) {
        List<Registration> seated = em.createQuery("""
                SELECT r FROM Registration r JOIN FETCH r.event e
                WHERE r.status = no.laeringsarena.webinar.RegistrationStatus.REGISTERED
                  AND e.status <> no.laeringsarena.webinar.EventStatus.CANCELLED
                  AND e.startsAt > :now AND e.startsAt <= :horizon""", Registration.class)
                .setParameter("now", now).setParameter("horizon", now.plusHours(HORIZON_HOURS)).getResultList();
        int queued = 0;
        for (Registration r : seated) {
            Reminder due = Reminder.dueNow(r.getEvent().getStartsAt(), r.getUpdatedAt(), now).orElse(null);
            if (due != null && mails.reminder(r, due)) {
                queued++;
            }
        }
        return queued;
    }
}
