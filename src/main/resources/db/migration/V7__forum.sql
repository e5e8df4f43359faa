-- Forum threads, replies, reports, the moderation audit log, and closed categories with their members.

ALTER TABLE forum_category ADD COLUMN closed BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE forum_thread (
    id                 BIGSERIAL PRIMARY KEY,
    category_id        BIGINT        NOT NULL REFERENCES forum_category (id),
    seed_key           VARCHAR(100)  UNIQUE,
    title              VARCHAR(200)  NOT NULL,
    body_md            VARCHAR(20000) NOT NULL,
    author_id          BIGINT        REFERENCES user_account (id),
    author_name        VARCHAR(200),
    organisation_label VARCHAR(200)  NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    last_activity_at   TIMESTAMPTZ   NOT NULL,
    reply_count        INTEGER       NOT NULL DEFAULT 0,
    solved_reply_id    BIGINT,
    locked             BOOLEAN       NOT NULL DEFAULT FALSE,
    pinned             BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden             BOOLEAN       NOT NULL DEFAULT FALSE,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX forum_thread_category ON forum_thread (category_id, pinned DESC, last_activity_at DESC);

CREATE TABLE forum_reply (
    id                 BIGSERIAL PRIMARY KEY,
    thread_id          BIGINT        NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    author_id          BIGINT        REFERENCES user_account (id),
    author_name        VARCHAR(200),
    organisation_label VARCHAR(200)  NOT NULL,
    body_md            VARCHAR(20000) NOT NULL,
    quoted_reply_id    BIGINT        REFERENCES forum_reply (id),
    hidden             BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ   NOT NULL,
    edited_at          TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX forum_reply_thread ON forum_reply (thread_id, created_at);
ALTER TABLE forum_thread ADD CONSTRAINT forum_thread_solved_reply FOREIGN KEY (solved_reply_id) REFERENCES forum_reply (id);

-- A report of a thread (reply_id null) or a reply
CREATE TABLE forum_report (
    id            BIGSERIAL PRIMARY KEY,
    thread_id     BIGINT       NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    reply_id      BIGINT       REFERENCES forum_reply (id) ON DELETE CASCADE,
    reporter_id   BIGINT       NOT NULL REFERENCES user_account (id),
    reason        VARCHAR(1000) NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'HANDLED', 'DISMISSED')),
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX forum_report_open ON forum_report (status, created_at);

-- Who did what to which post, when and why; never updated
CREATE TABLE forum_moderation_log (
    id            BIGSERIAL PRIMARY KEY,
    moderator_id  BIGINT       NOT NULL REFERENCES user_account (id),
    action        VARCHAR(30)  NOT NULL,
    thread_id     BIGINT       NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    reply_id      BIGINT       REFERENCES forum_reply (id) ON DELETE CASCADE,
    reason        VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX forum_moderation_log_time ON forum_moderation_log (created_at DESC);

-- Members of closed categories: a join request waits until a moderator approves it
CREATE TABLE forum_membership (
    id            BIGSERIAL PRIMARY KEY,
    category_id   BIGINT       NOT NULL REFERENCES forum_category (id) ON DELETE CASCADE,
    user_id       BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED')),
    requested_at  TIMESTAMPTZ  NOT NULL,
    approved_by   BIGINT       REFERENCES user_account (id),
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (category_id, user_id)
);
