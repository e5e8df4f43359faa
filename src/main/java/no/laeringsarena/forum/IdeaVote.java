package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One user's vote for a project idea; one per user and idea. */
@Entity
@Table(name = "forum_idea_vote")
@IdClass(IdeaVote.Key.class)
@NamedQuery(name = "IdeaVote.count", query = "SELECT count(v) FROM IdeaVote v WHERE v.threadId = :thread")
@NamedQuery(name = "IdeaVote.countsIn", query = "SELECT v.threadId, count(v) FROM IdeaVote v WHERE v.threadId IN :threads GROUP BY v.threadId")
public class IdeaVote {

    /** The composite key: idea (thread) and voter. */
    public static class Key implements Serializable {
        private Long threadId;
        private Long userId;

        public Key() {
        }

        public Key(Long threadId, Long userId) {
            this.threadId = threadId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(threadId, k.threadId) && java.util.Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(threadId, userId);
        }
    }

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected IdeaVote() {
    }

    IdeaVote(Long threadId, Long userId, OffsetDateTime createdAt) {
        this.threadId = threadId;
        this.userId = userId;
        this.createdAt = createdAt;
    }
}
