package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.Role;

/**
 * Playing an event's uploaded recording: only for those who had a seat (registered, not waiting or cancelled) and
 * for trainers (kursholder, system administrator), who follow up every event. Anyone else is told nothing about it.
 */
@ApplicationScoped
@Transactional
public class EventRecordings {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CallerRoles callerRoles;

    /** The event's recording file, if one was uploaded (without its bytes). */
    public Optional<RecordingFile> file(long eventId) {
        return em.createQuery("""
                SELECT r.eventId, r.fileName, r.contentType, r.sizeBytes, r.uploadedAt FROM EventRecording r
                WHERE r.eventId = :eventId""", Object[].class).setParameter("eventId", eventId)
                .getResultStream().findFirst()
                .map(row -> new RecordingFile((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        (OffsetDateTime) row[4]));
    }

    /** The recording of the event with this key, if this caller (user id from the session) may play it. */
    public Optional<RecordingFile> playable(String key, long userId) {
        Event event = em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key).getResultStream()
                .findFirst().orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        Optional<RecordingFile> file = file(event.getId());
        if (file.isEmpty()) {
            return file;
        }
        boolean seated = em.createNamedQuery("Registration.byEventAndUser", Registration.class)
                .setParameter("eventId", event.getId()).setParameter("userId", userId).getResultStream()
                .anyMatch(r -> r.getStatus() == RegistrationStatus.REGISTERED);
        Set<Role> roles = callerRoles.current();
        boolean trainer = roles.contains(Role.KURSHOLDER) || roles.contains(Role.SYSTEMADMINISTRATOR);
        return seated || trainer ? file : Optional.empty();
    }

    /**
     * {@code length} bytes of the recording from byte {@code first} (0-based), read by the database without loading
     * the rest (the column is stored uncompressed).
     */
    public byte[] bytes(long eventId, long first, int length) {
        return (byte[]) em.createNativeQuery("SELECT substring(data FROM CAST(?1 AS integer) FOR CAST(?2 AS integer)) "
                        + "FROM event_recording WHERE event_id = ?3")
                .setParameter(1, first + 1).setParameter(2, length).setParameter(3, eventId).getSingleResult();
    }
}
