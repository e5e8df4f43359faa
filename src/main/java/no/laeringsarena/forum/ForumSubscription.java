package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A user follows a thread (new replies) or a category (new threads) and is notified. */
@Entity
@Table(name = "forum_subscription")
@NamedQuery(name = "ForumSubscription.ofThread", query = "SELECT s FROM ForumSubscription s WHERE s.threadId = :thread")
@NamedQuery(name = "ForumSubscription.ofCategory", query = "SELECT s FROM ForumSubscription s WHERE s.categoryId = :category")
@NamedQuery(name = "ForumSubscription.mineForThread", query = "SELECT s FROM ForumSubscription s WHERE s.userId = :user AND s.threadId = :thread")
@NamedQuery(name = "ForumSubscription.mineForCategory", query = "SELECT s FROM ForumSubscription s WHERE s.userId = :user AND s.categoryId = :category")
public class ForumSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ForumSubscription() {
    }

    static ForumSubscription toThread(Long userId, Long threadId, OffsetDateTime now) {
        ForumSubscription s = new ForumSubscription();
        s.userId = userId;
        s.threadId = threadId;
        s.createdAt = now;
        return s;
    }

    static ForumSubscription toCategory(Long userId, Long categoryId, OffsetDateTime now) {
        ForumSubscription s = new ForumSubscription();
        s.userId = userId;
        s.categoryId = categoryId;
        s.createdAt = now;
        return s;
    }

    public Long getUserId() {
        return userId;
    }
}
