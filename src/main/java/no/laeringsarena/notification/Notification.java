package no.laeringsarena.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One notification for one user: what kind, who caused it, about what, where to go, and when it was read. */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.mine", query = "SELECT n FROM Notification n WHERE n.recipientId = :user ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.unreadCount", query = "SELECT count(n) FROM Notification n WHERE n.recipientId = :user AND n.readAt IS NULL")
@NamedQuery(name = "Notification.notEmailedBefore", query = "SELECT n FROM Notification n WHERE n.recipientId = :user "
        + "AND n.emailedAt IS NULL AND n.createdAt < :cutoff ORDER BY n.createdAt, n.id")
@NamedQuery(name = "Notification.markAllRead", query = "UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :user AND n.readAt IS NULL")
public class Notification {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_LINK = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "emailed_at")
    private OffsetDateTime emailedAt;

    protected Notification() {
    }

    Notification(Long recipientId, NotificationKind kind, String actorName, String subject, String link, OffsetDateTime createdAt) {
        this.recipientId = Objects.requireNonNull(recipientId);
        this.kind = Objects.requireNonNull(kind);
        this.actorName = actorName == null ? "" : actorName;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** The e-mail channel has queued a mail telling of it (on its own or in a digest). */
    void markEmailed(OffsetDateTime now) {
        if (emailedAt == null) {
            emailedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSubject() {
        return subject;
    }

    /** The application-relative page the notification is about, e.g. {@code /forum/trad.xhtml?id=12#post-40}. */
    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public OffsetDateTime getEmailedAt() {
        return emailedAt;
    }
}
