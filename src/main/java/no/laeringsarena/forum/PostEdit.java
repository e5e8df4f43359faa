package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The text a post had before one edit, with who edited it and when; the edit history of a post is these rows. */
@Entity
@Table(name = "forum_post_edit")
@NamedQuery(name = "PostEdit.ofThreadPost", query = "SELECT e FROM PostEdit e WHERE e.threadId = :thread AND e.replyId IS NULL "
        + "ORDER BY e.editedAt DESC, e.id DESC")
@NamedQuery(name = "PostEdit.ofReply", query = "SELECT e FROM PostEdit e WHERE e.replyId = :reply ORDER BY e.editedAt DESC, e.id DESC")
public class PostEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "editor_name", nullable = false, length = 200)
    private String editorName;

    @Column(name = "previous_body", nullable = false, length = ForumThread.MAX_BODY)
    private String previousBody;

    @Column(name = "edited_at", nullable = false)
    private OffsetDateTime editedAt;

    protected PostEdit() {
    }

    PostEdit(Long threadId, Long replyId, Long editorId, String editorName, String previousBody, OffsetDateTime editedAt) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.editorId = editorId;
        this.editorName = editorName;
        this.previousBody = previousBody;
        this.editedAt = editedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getReplyId() {
        return replyId;
    }

    public String getEditorName() {
        return editorName;
    }

    public String getPreviousBody() {
        return previousBody;
    }

    public OffsetDateTime getEditedAt() {
        return editedAt;
    }
}
