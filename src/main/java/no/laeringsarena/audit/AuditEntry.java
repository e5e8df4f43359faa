package no.laeringsarena.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit log, as stored. Never changed: the database refuses UPDATE and DELETE on the table. */
@Entity
@Table(name = "audit_event")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40, updatable = false)
    private AuditEventType type;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_label", nullable = false, length = 254, updatable = false)
    private String actorLabel;

    @Column(nullable = false, length = AuditEvent.MAX_TARGET, updatable = false)
    private String target;

    @Column(nullable = false, length = AuditEvent.MAX_DETAILS, updatable = false)
    private String details;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    protected AuditEntry() {
    }

    AuditEntry(AuditEventType type, Long actorId, String actorLabel, String target, String details,
               String remoteAddress, OffsetDateTime occurredAt) {
        this.type = type;
        this.actorId = actorId;
        this.actorLabel = AuditEvent.clip(actorLabel, 254);
        this.target = target;
        this.details = details;
        this.remoteAddress = remoteAddress == null ? null : AuditEvent.clip(remoteAddress, 64);
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
