-- Forum participation: editing with history, soft delete, likes, follows, in-app notifications (with the
-- columns an e-mail channel needs later), project ideas with status and votes, systems in use per
-- organisation ("Hvem bruker hva"), and suspensions by moderators.

ALTER TABLE forum_thread ADD COLUMN edited_at TIMESTAMPTZ;
ALTER TABLE forum_thread ADD COLUMN system_name VARCHAR(200);
ALTER TABLE forum_thread ADD COLUMN idea_status VARCHAR(20)
    CHECK (idea_status IN ('INNMELDT', 'VURDERES', 'PRIORITERT', 'AVSLATT'));
ALTER TABLE forum_thread ADD COLUMN idea_status_reason VARCHAR(1000);
ALTER TABLE forum_thread ADD COLUMN idea_status_at TIMESTAMPTZ;
CREATE INDEX forum_thread_system ON forum_thread (lower(system_name)) WHERE system_name IS NOT NULL;
CREATE INDEX forum_thread_author_time ON forum_thread (author_id, created_at);

ALTER TABLE forum_reply ADD COLUMN deleted_at TIMESTAMPTZ;
ALTER TABLE forum_reply ADD COLUMN deleted_by BIGINT REFERENCES user_account (id);
CREATE INDEX forum_reply_author_time ON forum_reply (author_id, created_at);

-- Earlier text of a thread's opening post (reply_id null) or a reply, one row per edit; never updated
CREATE TABLE forum_post_edit (
    id            BIGSERIAL PRIMARY KEY,
    thread_id     BIGINT         NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    reply_id      BIGINT         REFERENCES forum_reply (id) ON DELETE CASCADE,
    editor_id     BIGINT         NOT NULL REFERENCES user_account (id),
    editor_name   VARCHAR(200)   NOT NULL,
    previous_body VARCHAR(20000) NOT NULL,
    edited_at     TIMESTAMPTZ    NOT NULL
);
CREATE INDEX forum_post_edit_post ON forum_post_edit (thread_id, reply_id, edited_at);

-- One like per user and post (the opening post has reply_id null)
CREATE TABLE forum_like (
    id          BIGSERIAL PRIMARY KEY,
    thread_id   BIGINT      NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    reply_id    BIGINT      REFERENCES forum_reply (id) ON DELETE CASCADE,
    user_id     BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX forum_like_once ON forum_like (thread_id, COALESCE(reply_id, 0), user_id);

-- One vote per user and idea
CREATE TABLE forum_idea_vote (
    thread_id   BIGINT      NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    user_id     BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);

-- A user follows a thread or a whole category
CREATE TABLE forum_subscription (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    thread_id    BIGINT      REFERENCES forum_thread (id) ON DELETE CASCADE,
    category_id  BIGINT      REFERENCES forum_category (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT forum_subscription_one_target CHECK ((thread_id IS NULL) <> (category_id IS NULL))
);
CREATE UNIQUE INDEX forum_subscription_thread ON forum_subscription (user_id, thread_id) WHERE thread_id IS NOT NULL;
CREATE UNIQUE INDEX forum_subscription_category ON forum_subscription (user_id, category_id) WHERE category_id IS NOT NULL;

-- A moderator stops a user from posting, until a time or until lifted
CREATE TABLE forum_suspension (
    id               BIGSERIAL PRIMARY KEY,
    user_id          BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    moderator_id     BIGINT        NOT NULL REFERENCES user_account (id),
    reason           VARCHAR(1000) NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    suspended_until  TIMESTAMPTZ,
    lifted_at        TIMESTAMPTZ
);
CREATE INDEX forum_suspension_user ON forum_suspension (user_id) WHERE lifted_at IS NULL;

-- The systems an organisation uses ("Hvem bruker hva"), kept by its virksomhetsadministrator
CREATE TABLE organisation_system (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name             VARCHAR(200) NOT NULL,
    vendor           VARCHAR(200) NOT NULL DEFAULT '',
    area             VARCHAR(200) NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX organisation_system_once ON organisation_system (organisation_id, lower(name));
CREATE INDEX organisation_system_name ON organisation_system (lower(name));

-- In-app notifications (varsler). emailed_at is for an e-mail channel that reads this table later.
CREATE TABLE notification (
    id            BIGSERIAL PRIMARY KEY,
    recipient_id  BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    kind          VARCHAR(40)   NOT NULL,
    actor_name    VARCHAR(200)  NOT NULL DEFAULT '',
    subject       VARCHAR(300)  NOT NULL,
    link          VARCHAR(500)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    read_at       TIMESTAMPTZ,
    emailed_at    TIMESTAMPTZ
);
CREATE INDEX notification_recipient ON notification (recipient_id, created_at DESC);
CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL;

-- How a user wants notifications by e-mail; the token makes a one-click unsubscribe link
CREATE TABLE notification_preference (
    user_id            BIGINT       PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    email_frequency    VARCHAR(20)  NOT NULL DEFAULT 'DAILY_DIGEST'
        CHECK (email_frequency IN ('NONE', 'IMMEDIATELY', 'DAILY_DIGEST')),
    unsubscribe_token  VARCHAR(64)  NOT NULL UNIQUE,
    version            BIGINT       NOT NULL DEFAULT 0
);
