-- Forum: a moderator soft-deletes a whole thread (with a reason, reversible); files attached to posts; and the
-- e-mail channel of notifications (immediately or a daily digest) marking what it has mailed.

ALTER TABLE forum_thread ADD COLUMN deleted_at TIMESTAMPTZ;
ALTER TABLE forum_thread ADD COLUMN deleted_by BIGINT REFERENCES user_account (id);
ALTER TABLE forum_thread ADD COLUMN delete_reason VARCHAR(1000);

-- A file attached to a thread's opening post (reply_id null) or a reply. The type is the one detected from the
-- content at upload; extracted_text feeds the thread's search document.
CREATE TABLE forum_attachment (
    id              BIGSERIAL PRIMARY KEY,
    thread_id       BIGINT         NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    reply_id        BIGINT         REFERENCES forum_reply (id) ON DELETE CASCADE,
    uploader_id     BIGINT         REFERENCES user_account (id) ON DELETE SET NULL,
    file_name       VARCHAR(200)   NOT NULL,
    media_type      VARCHAR(200)   NOT NULL,
    size_bytes      BIGINT         NOT NULL CHECK (size_bytes > 0),
    content         BYTEA          NOT NULL,
    extracted_text  TEXT,
    created_at      TIMESTAMPTZ    NOT NULL
);
CREATE INDEX forum_attachment_post ON forum_attachment (thread_id, reply_id);

-- Notifications not yet mailed, for the daily digest's sweep.
CREATE INDEX notification_not_emailed ON notification (created_at) WHERE emailed_at IS NULL;

-- The one-click unsubscribe address of a queued mail (List-Unsubscribe / List-Unsubscribe-Post, RFC 8058).
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url VARCHAR(1000);
