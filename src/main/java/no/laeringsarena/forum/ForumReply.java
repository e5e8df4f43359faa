package no.laeringsarena.forum;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A reply (svar) in a thread, optionally quoting an earlier reply; its author or a moderator can edit it (earlier
 * texts kept as {@link PostEdit}s) or delete it (soft: the row stays, the text is no longer shown); a moderator can hide it.
 */
@Entity
@Table(name = "forum_reply")
@NamedQuery(name = "ForumReply.ofThread", query = "SELECT r FROM ForumReply r WHERE r.thread = :thread "
        + "AND (r.hidden = FALSE OR :moderator = TRUE) ORDER BY r.createdAt, r.id")
@NamedQuery(name = "ForumReply.countVisible", query = "SELECT count(r) FROM ForumReply r WHERE r.thread = :thread AND r.hidden = FALSE")
public class ForumReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private ForumThread thread;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "organisation_label", nullable = false, length = 200)
    private String organisationLabel;

    @Column(name = "body_md", nullable = false, length = ForumThread.MAX_BODY)
    private String bodyMarkdown;

    @Column(name = "quoted_reply_id")
    private Long quotedReplyId;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Version
    private long version;

    protected ForumReply() {
    }

    public ForumReply(ForumThread thread, Long authorId, String authorName, String organisationLabel,
                      String bodyMarkdown, Long quotedReplyId, OffsetDateTime createdAt) {
        this.thread = Objects.requireNonNull(thread);
        this.authorId = authorId;
        this.authorName = authorName;
        this.organisationLabel = Objects.requireNonNull(organisationLabel);
        this.bodyMarkdown = Objects.requireNonNull(bodyMarkdown);
        this.quotedReplyId = quotedReplyId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The author or a moderator changes the text; the caller keeps the earlier text as a {@link PostEdit}. */
    void edit(String bodyMarkdown, OffsetDateTime now) {
        this.bodyMarkdown = Objects.requireNonNull(bodyMarkdown);
        this.editedAt = now;
    }

    /** Soft delete: the reply stays (so quotes, counts and the audit trail hold) but its text is no longer shown. */
    void delete(Long byUserId, OffsetDateTime now) {
        this.deletedAt = now;
        this.deletedBy = byUserId;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public OffsetDateTime getDeletedAt() {
        return deletedAt;
    }

    public boolean isStartedBy(Long userId) {
        return authorId != null && authorId.equals(userId);
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public Long getId() {
        return id;
    }

    public ForumThread getThread() {
        return thread;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getOrganisationLabel() {
        return organisationLabel;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public Long getQuotedReplyId() {
        return quotedReplyId;
    }

    public boolean isHidden() {
        return hidden;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getEditedAt() {
        return editedAt;
    }
}
