package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One user's like of a post (the opening post of a thread has no reply id); the database allows one per user and post. */
@Entity
@Table(name = "forum_like")
@NamedQuery(name = "PostLike.findOfThreadPost", query = "SELECT l FROM PostLike l WHERE l.threadId = :thread AND l.userId = :user "
        + "AND l.replyId IS NULL")
@NamedQuery(name = "PostLike.findOfReply", query = "SELECT l FROM PostLike l WHERE l.threadId = :thread AND l.userId = :user "
        + "AND l.replyId = :reply")
@NamedQuery(name = "PostLike.countsInThread", query = "SELECT l.replyId, count(l) FROM PostLike l "
        + "WHERE l.threadId = :thread GROUP BY l.replyId")
@NamedQuery(name = "PostLike.mineInThread", query = "SELECT l.replyId FROM PostLike l "
        + "WHERE l.threadId = :thread AND l.userId = :user")
public class PostLike {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PostLike() {
    }

    PostLike(Long threadId, Long replyId, Long userId, OffsetDateTime createdAt) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }
}
