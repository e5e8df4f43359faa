package no.laeringsarena.webinar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/**
 * A user's registration (påmelding) for an event: a seat, a place on the waiting list ({@code position} 1 is next
 * in line), or cancelled. Changed only by {@link RegistrationService} while it holds the event's row lock.
 */
@Entity
@Table(name = "event_registration")
@NamedQuery(name = "Registration.byEventAndUser",
        query = "SELECT r FROM Registration r WHERE r.event.id = :eventId AND r.user.id = :userId")
@NamedQuery(name = "Registration.active",
        query = "SELECT r FROM Registration r WHERE r.event.id = :eventId AND r.status <> no.laeringsarena.webinar.RegistrationStatus.CANCELLED ORDER BY r.createdAt, r.id")
@NamedQuery(name = "Registration.countRegistered",
        query = "SELECT COUNT(r) FROM Registration r WHERE r.event.id = :eventId AND r.status = no.laeringsarena.webinar.RegistrationStatus.REGISTERED")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    private Integer position;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Registration() {
    }

    public Registration(Event event, UserAccount user, OffsetDateTime now) {
        this.event = event;
        this.user = user;
        this.status = RegistrationStatus.CANCELLED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void seat(OffsetDateTime now) {
        status = RegistrationStatus.REGISTERED;
        position = null;
        updatedAt = now;
    }

    void waitAt(int place, OffsetDateTime now) {
        status = RegistrationStatus.WAITING;
        position = place;
        updatedAt = now;
    }

    void cancel(OffsetDateTime now) {
        status = RegistrationStatus.CANCELLED;
        position = null;
        updatedAt = now;
    }

    void moveUpTo(int place) {
        position = place;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public UserAccount getUser() {
        return user;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    /** The place on the waiting list (1 = next), or null when not waiting. */
    public Integer getPosition() {
        return position;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** When the status last changed (a seat given, a place on the waiting list, a cancellation). */
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
