-- Outgoing mail (platform.mail): a durable outbox, sent by a scheduler at least once and marked sent in the same
-- transaction that holds the row lock. idempotency_key: the same mail is never queued twice (ON CONFLICT DO NOTHING).
CREATE TABLE mail_outbox (
    id               BIGSERIAL     PRIMARY KEY,
    idempotency_key  VARCHAR(300)  NOT NULL UNIQUE,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body_text        TEXT          NOT NULL,
    body_html        TEXT,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at          TIMESTAMPTZ,
    last_error       VARCHAR(500)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE mail_attachment (
    id            BIGSERIAL     PRIMARY KEY,
    mail_id       BIGINT        NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(200)  NOT NULL,
    content       BYTEA         NOT NULL
);
CREATE INDEX mail_attachment_mail ON mail_attachment (mail_id);

-- After the event the trainer (kursholder) adds the recording and the slides (links).
ALTER TABLE event ADD COLUMN recording_url VARCHAR(1000);
ALTER TABLE event ADD COLUMN slides_url VARCHAR(1000);

-- Who attended (marked by the trainer, or from the video provider's attendee list).
CREATE TABLE event_attendance (
    registration_id  BIGINT       PRIMARY KEY REFERENCES event_registration (id) ON DELETE CASCADE,
    source           VARCHAR(20)  NOT NULL CHECK (source IN ('LIST', 'CSV')),
    marked_at        TIMESTAMPTZ  NOT NULL
);

-- The personal calendar feed (webcal): one secret token per user; a new one replaces (revokes) the old.
CREATE TABLE calendar_feed_token (
    user_id     BIGINT       PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    token       VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ  NOT NULL
);
