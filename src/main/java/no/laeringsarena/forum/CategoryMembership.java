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

/** A user's membership of a closed category: requested by the user, approved by a moderator. */
@Entity
@Table(name = "forum_membership")
@NamedQuery(name = "CategoryMembership.of", query = "SELECT m FROM CategoryMembership m WHERE m.category = :category AND m.userId = :userId")
@NamedQuery(name = "CategoryMembership.requested", query = "SELECT m FROM CategoryMembership m "
        + "WHERE m.status = no.laeringsarena.forum.CategoryMembership.Status.REQUESTED ORDER BY m.requestedAt")
public class CategoryMembership {

    /** Requested until a moderator approves. */
    public enum Status { REQUESTED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ForumCategory category;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Version
    private long version;

    protected CategoryMembership() {
    }

    public CategoryMembership(ForumCategory category, long userId, OffsetDateTime requestedAt) {
        this.category = category;
        this.userId = userId;
        this.requestedAt = requestedAt;
    }

    void approve(long moderatorId) {
        this.status = Status.APPROVED;
        this.approvedBy = moderatorId;
    }

    public Long getId() {
        return id;
    }

    public ForumCategory getCategory() {
        return category;
    }

    public long getUserId() {
        return userId;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }
}
