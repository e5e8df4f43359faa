package no.laeringsarena.forum;

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

/** One line of the moderation audit log: who did what to which post, when and why. Never changed. */
@Entity
@Table(name = "forum_moderation_log")
@NamedQuery(name = "ModerationLogEntry.latest", query = "SELECT e FROM ModerationLogEntry e ORDER BY e.createdAt DESC, e.id DESC")
public class ModerationLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "moderator_id")
    private Long moderatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ModerationAction action;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(nullable = false, length = PostReport.MAX_REASON)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ModerationLogEntry() {
    }

    public ModerationLogEntry(long moderatorId, ModerationAction action, long threadId, Long replyId, String reason,
                              OffsetDateTime createdAt) {
        this.moderatorId = moderatorId;
        this.action = action;
        this.threadId = threadId;
        this.replyId = replyId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** Null once the moderator has deleted their account. */
    public Long getModeratorId() {
        return moderatorId;
    }

    public ModerationAction getAction() {
        return action;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
