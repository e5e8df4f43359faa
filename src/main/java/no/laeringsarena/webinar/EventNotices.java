package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Tells everyone signed up (seat or waiting list) that an event changed or is cancelled. */
@ApplicationScoped
@Transactional
public class EventNotices {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    WebinarMails mails;

    public void notify(Event event, EventChange change) {
        for (Registration r : em.createNamedQuery("Registration.active", Registration.class)
                .setParameter("eventId", event.getId()).getResultList()) {
            if (change == EventChange.CANCELLED) {
                mails.eventCancelled(r);
            } else {
                mails.changed(r);
            }
        }
    }
}
