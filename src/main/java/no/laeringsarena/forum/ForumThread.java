package no.laeringsarena.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A forum thread (tråd): a question or experience started in a category, shown with the organisation it came
 * from. Seed threads have a {@code seedKey} and no author account. Moderators can lock, pin, hide and delete it
 * (a soft delete with a reason, which they can undo); the asker or a moderator marks the reply that solved it.
 */
@Entity
@Table(name = "forum_thread")
@NamedQuery(name = "ForumThread.inCategory", query = "SELECT t FROM ForumThread t WHERE t.category = :category "
        + "AND ((t.hidden = FALSE AND t.deletedAt IS NULL) OR :moderator = TRUE) ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = "ForumThread.inCategoryTagged", query = "SELECT t FROM ForumThread t JOIN t.tags g WHERE t.category = :category "
        + "AND g = :tag AND ((t.hidden = FALSE AND t.deletedAt IS NULL) OR :moderator = TRUE) "
        + "ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = "ForumThread.tagged", query = "SELECT t FROM ForumThread t JOIN t.tags g WHERE g = :tag "
        + "AND ((t.hidden = FALSE AND t.deletedAt IS NULL) OR :moderator = TRUE) ORDER BY t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = "ForumThread.tagsOf", query = "SELECT t.id, g FROM ForumThread t JOIN t.tags g WHERE t.id IN :ids ORDER BY g")
@NamedQuery(name = "ForumThread.tagCounts", query = "SELECT g, COUNT(t) AS uses FROM ForumThread t JOIN t.tags g "
        + "WHERE t.category = :category AND t.hidden = FALSE AND t.deletedAt IS NULL GROUP BY g ORDER BY uses DESC, g")
@NamedQuery(name = "ForumThread.bySeedKey", query = "SELECT t FROM ForumThread t WHERE t.seedKey = :key")
@NamedQuery(name = "ForumThread.inCategoryAll", query = "SELECT t FROM ForumThread t WHERE t.category = :category")
@NamedQuery(name = "ForumThread.touch", query = "UPDATE ForumThread t SET t.lastActivityAt = :now, "
        + "t.replyCount = t.replyCount + 1 WHERE t.id = :id")
public class ForumThread {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ForumCategory category;

    @Column(name = "seed_key", length = 100)
    private String seedKey;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "body_md", nullable = false, length = MAX_BODY)
    private String bodyMarkdown;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "organisation_label", nullable = false, length = 200)
    private String organisationLabel;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private OffsetDateTime lastActivityAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "solved_reply_id")
    private Long solvedReplyId;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Column(name = "system_name", length = SystemInUse.MAX_TEXT)
    private String systemName;

    @Enumerated(EnumType.STRING)
    @Column(name = "idea_status", length = 20)
    private IdeaStatus ideaStatus;

    @Column(name = "idea_status_reason", length = PostReport.MAX_REASON)
    private String ideaStatusReason;

    @Column(name = "idea_status_at")
    private OffsetDateTime ideaStatusAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "delete_reason", length = PostReport.MAX_REASON)
    private String deleteReason;

    @ElementCollection
    @CollectionTable(name = "forum_thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "tag", nullable = false, length = ForumTags.MAX_LENGTH)
    @OrderBy
    private List<String> tags = new ArrayList<>();

    @Version
    private long version;

    protected ForumThread() {
    }

    public ForumThread(ForumCategory category, String title, String bodyMarkdown, Long authorId, String authorName,
                       String organisationLabel, OffsetDateTime createdAt) {
        this.category = Objects.requireNonNull(category);
        this.title = Objects.requireNonNull(title);
        this.bodyMarkdown = Objects.requireNonNull(bodyMarkdown);
        this.authorId = authorId;
        this.authorName = authorName;
        this.organisationLabel = Objects.requireNonNull(organisationLabel);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.lastActivityAt = createdAt;
    }

    /** A moderator moved the thread to another category. */
    void moveTo(ForumCategory target) {
        this.category = target;
    }

    /** Seed content: rewrites title, body, organisation and category (only what differs). */
    void reseed(String seedKey, ForumCategory category, String title, String bodyMarkdown, String organisationLabel) {
        this.seedKey = seedKey;
        if (this.category != category) {
            this.category = category;
        }
        if (!this.title.equals(title)) {
            this.title = title;
        }
        if (!this.bodyMarkdown.equals(bodyMarkdown)) {
            this.bodyMarkdown = bodyMarkdown;
        }
        if (!this.organisationLabel.equals(organisationLabel)) {
            this.organisationLabel = organisationLabel;
        }
    }

    public boolean isStartedBy(long userId) {
        return authorId != null && authorId == userId;
    }

    /** The author or a moderator changes the opening post; the caller keeps the earlier text as a {@link PostEdit}. */
    void edit(String title, String bodyMarkdown, OffsetDateTime now) {
        this.title = Objects.requireNonNull(title);
        this.bodyMarkdown = Objects.requireNonNull(bodyMarkdown);
        this.editedAt = now;
    }

    /** Tags the thread with a system from "Hvem bruker hva" (null for none). */
    void tagSystem(String systemName) {
        this.systemName = systemName == null || systemName.isBlank() ? null : systemName.strip();
    }

    /** Sets the free tags, already normalised and checked by {@link ForumTags}. */
    void retag(Collection<String> normalisedTags) {
        List<String> next = normalisedTags.stream().distinct().sorted().toList();
        if (!next.equals(tags)) {
            tags.retainAll(next);
            next.stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        }
    }

    /** A new idea starts as reported (innmeldt). */
    void startAsIdea(OffsetDateTime now) {
        this.ideaStatus = IdeaStatus.INNMELDT;
        this.ideaStatusAt = now;
    }

    /** A moderator moves the idea on; the reason is shown with the status. */
    void moveIdea(IdeaStatus next, String reason, OffsetDateTime now) {
        if (ideaStatus == null || !ideaStatus.canMoveTo(next)) {
            throw new ForumException("forum.idea.error.transition");
        }
        this.ideaStatus = next;
        this.ideaStatusReason = reason;
        this.ideaStatusAt = now;
    }

    void markSolved(Long replyId) {
        this.solvedReplyId = replyId;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    /** A moderator deletes the whole thread: kept, with who and why, for moderators only, until restored. */
    void softDelete(Long moderatorId, String reason, OffsetDateTime now) {
        this.deletedAt = Objects.requireNonNull(now);
        this.deletedBy = moderatorId;
        this.deleteReason = reason;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
        this.deleteReason = null;
    }

    public Long getId() {
        return id;
    }

    public ForumCategory getCategory() {
        return category;
    }

    public String getSeedKey() {
        return seedKey;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
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

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastActivityAt() {
        return lastActivityAt;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public Long getSolvedReplyId() {
        return solvedReplyId;
    }

    public boolean isSolved() {
        return solvedReplyId != null;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public OffsetDateTime getDeletedAt() {
        return deletedAt;
    }

    public Long getDeletedBy() {
        return deletedBy;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public OffsetDateTime getEditedAt() {
        return editedAt;
    }

    /** The free tags, alphabetically. */
    public List<String> getTags() {
        return tags.stream().sorted().toList();
    }

    public String getSystemName() {
        return systemName;
    }

    public IdeaStatus getIdeaStatus() {
        return ideaStatus;
    }

    public boolean isIdea() {
        return ideaStatus != null;
    }

    public String getIdeaStatusReason() {
        return ideaStatusReason;
    }

    public OffsetDateTime getIdeaStatusAt() {
        return ideaStatusAt;
    }

    public long getVersion() {
        return version;
    }
}
