package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A moderator stops a user from posting in the forum, until a given time or until lifted; with the reason. */
@Entity
@Table(name = "forum_suspension")
@NamedQuery(name = "Suspension.activeFor", query = "SELECT s FROM Suspension s WHERE s.userId = :user AND s.liftedAt IS NULL "
        + "AND (s.suspendedUntil IS NULL OR s.suspendedUntil > :now)")
@NamedQuery(name = "Suspension.active", query = "SELECT s FROM Suspension s WHERE s.liftedAt IS NULL "
        + "AND (s.suspendedUntil IS NULL OR s.suspendedUntil > :now) ORDER BY s.createdAt DESC")
public class Suspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "moderator_id")
    private Long moderatorId;

    @Column(nullable = false, length = PostReport.MAX_REASON)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "suspended_until")
    private OffsetDateTime suspendedUntil;

    @Column(name = "lifted_at")
    private OffsetDateTime liftedAt;

    protected Suspension() {
    }

    Suspension(Long userId, Long moderatorId, String reason, OffsetDateTime createdAt, OffsetDateTime suspendedUntil) {
        this.userId = userId;
        this.moderatorId = moderatorId;
        this.reason = reason;
        this.createdAt = createdAt;
        this.suspendedUntil = suspendedUntil;
    }

    void lift(OffsetDateTime now) {
        this.liftedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSuspendedUntil() {
        return suspendedUntil;
    }
}
