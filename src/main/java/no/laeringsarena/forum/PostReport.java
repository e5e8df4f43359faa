package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A user's report of a thread or reply ("Rapporter innlegg"), waiting in the moderator queue until handled. */
@Entity
@Table(name = "forum_report")
@NamedQuery(name = "PostReport.open", query = "SELECT r FROM PostReport r WHERE r.status = no.laeringsarena.forum.PostReport.Status.OPEN ORDER BY r.createdAt")
@NamedQuery(name = "PostReport.openFor", query = "SELECT r FROM PostReport r WHERE r.thread = :thread AND r.status = no.laeringsarena.forum.PostReport.Status.OPEN")
public class PostReport {

    public static final int MAX_REASON = 1000;

    /** Where a report is in the queue. */
    public enum Status { OPEN, HANDLED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private ForumThread thread;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_id")
    private ForumReply reply;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected PostReport() {
    }

    public PostReport(ForumThread thread, ForumReply reply, long reporterId, String reason, OffsetDateTime createdAt) {
        this.thread = thread;
        this.reply = reply;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    void close(Status status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public ForumThread getThread() {
        return thread;
    }

    public ForumReply getReply() {
        return reply;
    }

    public long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
