package no.laeringsarena.elearning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a learner has reached in one AU (completed, passed, failed, waived, satisfied), in her registration. */
@Entity
@Table(name = "cmi5_au_state")
@NamedQuery(name = "Cmi5AuState.of", query = "SELECT s FROM Cmi5AuState s WHERE s.au = :au AND s.userId = :userId")
@NamedQuery(name = "Cmi5AuState.registrationInPackage",
        query = "SELECT s.registration FROM Cmi5AuState s WHERE s.au.elearningPackage = :p AND s.userId = :userId")
@NamedQuery(name = "Cmi5AuState.waivedInPackage",
        query = "SELECT s FROM Cmi5AuState s WHERE s.au.elearningPackage = :p AND s.waivedAt IS NOT NULL ORDER BY s.waivedAt DESC")
@NamedQuery(name = "Cmi5AuState.ofPackage",
        query = "SELECT s FROM Cmi5AuState s WHERE s.au.elearningPackage = :p AND s.userId = :userId")
public class Cmi5AuState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "au_id")
    private Cmi5Au au;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private UUID registration;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "passed_at")
    private OffsetDateTime passedAt;

    @Column(name = "failed_at")
    private OffsetDateTime failedAt;

    @Column(name = "satisfied_at")
    private OffsetDateTime satisfiedAt;

    @Column(name = "waived_at")
    private OffsetDateTime waivedAt;

    @Column(name = "waived_reason", length = 40)
    private String waivedReason;

    @Column(name = "waived_by")
    private Long waivedBy;

    protected Cmi5AuState() {
    }

    Cmi5AuState(Cmi5Au au, long userId, UUID registration) {
        this.au = au;
        this.userId = userId;
        this.registration = registration;
    }

    void completed(OffsetDateTime now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    void passed(OffsetDateTime now) {
        if (passedAt == null) {
            passedAt = now;
        }
    }

    void failed(OffsetDateTime now) {
        if (failedAt == null) {
            failedAt = now;
        }
    }

    /** Waives the AU (moveOn counts as met); false if it was waived already (cmi5: once per registration). */
    boolean waive(Cmi5WaiverReason reason, long byUserId, OffsetDateTime now) {
        if (waivedAt != null) {
            return false;
        }
        waivedAt = now;
        waivedReason = reason.name();
        waivedBy = byUserId;
        return true;
    }

    /** True the first time only. */
    boolean satisfy(OffsetDateTime now) {
        if (satisfiedAt != null) {
            return false;
        }
        satisfiedAt = now;
        return true;
    }

    /** The AU's moveOn criteria are met, or the AU was waived (which cmi5 counts as met). */
    public boolean meetsMoveOn() {
        return waivedAt != null || au.getMoveOn().satisfiedBy(completedAt != null, passedAt != null);
    }

    public boolean isWaived() {
        return waivedAt != null;
    }

    public OffsetDateTime getWaivedAt() {
        return waivedAt;
    }

    public Cmi5WaiverReason getWaivedReason() {
        return waivedReason == null ? null : Cmi5WaiverReason.valueOf(waivedReason);
    }

    public long getUserId() {
        return userId;
    }

    public Cmi5Au getAu() {
        return au;
    }

    public UUID getRegistration() {
        return registration;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isPassed() {
        return passedAt != null;
    }

    public boolean isSatisfied() {
        return satisfiedAt != null;
    }
}
