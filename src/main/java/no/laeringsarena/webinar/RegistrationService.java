package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * Meld deg på / Meld deg av. Each change takes a row lock on the event ({@code SELECT ... FOR UPDATE}) for the
 * whole transaction, so concurrent sign-ups are counted one after another and the event is never overbooked.
 * Cancelling a seat promotes the first on the waiting list. Getting a seat is a learning event (registered).
 * The caller passes the logged-in user's id from the session ({@code CurrentUser}), never from the request; any
 * logged-in user may register. (No {@code @RequiresRole} listing every role here: under 100 concurrent requests
 * {@code RoleCheckInterceptor}'s {@code request.isUserInRole} answered false for a few logged-in users.)
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<LearningEvent> learningEvents;

    @Inject
    WebinarMails mails;

    @Inject
    EventRecordings recordings;

    Clock clock = Clock.systemUTC();

    /** Upcoming and running events (not planned ones), soonest first, with seats left. */
    public List<EventView> upcoming() {
        OffsetDateTime now = now();
        return em.createNamedQuery("Event.endingAfter", Event.class).setParameter("now", now).getResultList()
                .stream().map(e -> view(e, now)).toList();
    }

    /** A visible (not planned) event by key. */
    public Optional<EventView> event(String key) {
        OffsetDateTime now = now();
        return find(key).filter(e -> e.getStatus() != EventStatus.PLANNED).map(e -> view(e, now));
    }

    public MyPlace place(long userId, String key) {
        return find(key).map(e -> MyPlace.of(registration(e, userId).orElse(null))).orElse(MyPlace.NONE);
    }

    /**
     * The join link, only for a registered participant of a webinar, and only from 15 minutes before the start
     * until the end; otherwise empty. The page renders nothing when this is empty.
     */
    public Optional<String> joinUrlFor(long userId, String key) {
        OffsetDateTime now = now();
        return find(key).filter(e -> e.isWebinar() && e.getJoinUrl() != null && e.isJoinWindow(now))
                .filter(e -> registration(e, userId).map(r -> r.getStatus() == RegistrationStatus.REGISTERED).orElse(false))
                .map(Event::getJoinUrl);
    }

    /** The recording (link or file) and slides, once the trainer has added them: only for someone who had a seat. */
    public Materials materialsFor(long userId, String key) {
        return find(key)
                .filter(e -> registration(e, userId).map(r -> r.getStatus() == RegistrationStatus.REGISTERED).orElse(false))
                .map(e -> new Materials(e.getRecordingUrl(), e.getSlidesUrl(), recordings.file(e.getId()).orElse(null)))
                .orElse(Materials.NONE);
    }

    /**
     * Signs the user up: a seat if there is one, else the waiting list. Signing up again changes nothing.
     *
     * @throws RegistrationClosedException after the deadline, when cancelled, held, or full without a waiting list
     */
    public MyPlace register(long userId, String key, String language) {
        Event event = lock(key);
        OffsetDateTime now = now();
        Optional<Registration> existing = registration(event, userId);
        if (existing.isPresent() && existing.get().isActive()) {
            return MyPlace.of(existing.get());
        }
        if (!event.isRegistrationOpen(now)) {
            throw new RegistrationClosedException("registration for " + key + " is closed");
        }
        Registration registration = existing.orElseGet(() -> new Registration(event, em.find(UserAccount.class, userId), now));
        if (!WaitingList.signUp(registration, active(event), event.getCapacity(), event.isWaitingList(), now)) {
            throw new RegistrationClosedException(key + " is full");
        }
        if (existing.isEmpty()) {
            em.persist(registration);
        }
        em.flush();
        if (registration.getStatus() == RegistrationStatus.REGISTERED) {
            registered(registration, language, now);
            mails.seated(registration, false);
        } else {
            mails.waiting(registration);
        }
        event.seatsTaken(countRegistered(event));
        return MyPlace.of(registration);
    }

    /** Cancels the user's registration (seat or waiting place); the first in line gets a freed seat. */
    public MyPlace cancel(long userId, String key, String language) {
        Event event = lock(key);
        OffsetDateTime now = now();
        Optional<Registration> existing = registration(event, userId).filter(Registration::isActive);
        if (existing.isEmpty()) {
            return MyPlace.NONE;
        }
        Optional<Registration> promoted = WaitingList.leave(existing.get(), active(event), event.getCapacity(), now);
        em.flush();
        mails.withdrawReminders(existing.get());
        promoted.ifPresent(r -> {
            registered(r, r.getUser().getPreferredLocale(), now);
            mails.seated(r, true);
        });
        event.seatsTaken(countRegistered(event));
        return MyPlace.of(existing.get());
    }

    private void registered(Registration r, String language, OffsetDateTime now) {
        Event e = r.getEvent();
        learningEvents.fire(new LearningEvent(r.getUser().getId(), LearningVerb.REGISTERED,
                LearningObject.of(LearningObjectKind.WEBINAR, e.getEventKey(), e.getTitle()), null, null, null,
                language, now));
    }

    private EventView view(Event e, OffsetDateTime now) {
        long seatsLeft = Math.max(0, e.getCapacity() - countRegistered(e));
        return new EventView(e, seatsLeft, e.statusAt(now), e.isRegistrationOpen(now));
    }

    private Event lock(String key) {
        return em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(e -> e.getStatus() != EventStatus.PLANNED)
                .orElseThrow(() -> new IllegalArgumentException("no event " + key));
    }

    private Optional<Event> find(String key) {
        return em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key).getResultStream().findFirst();
    }

    private Optional<Registration> registration(Event event, long userId) {
        return em.createNamedQuery("Registration.byEventAndUser", Registration.class)
                .setParameter("eventId", event.getId()).setParameter("userId", userId)
                .getResultStream().findFirst();
    }

    private List<Registration> active(Event event) {
        return em.createNamedQuery("Registration.active", Registration.class)
                .setParameter("eventId", event.getId()).getResultList();
    }

    private long countRegistered(Event event) {
        return em.createNamedQuery("Registration.countRegistered", Long.class)
                .setParameter("eventId", event.getId()).getSingleResult();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
