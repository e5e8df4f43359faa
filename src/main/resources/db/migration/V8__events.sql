-- Webinars and in-person courses (arrangementer) with registration, capacity and a waiting list.
-- Times are stored as timestamptz; they are defined and shown in Europe/Oslo. Seeded from content/arrangementer/.

CREATE TABLE event (
    id                     BIGSERIAL PRIMARY KEY,
    event_key              VARCHAR(100) NOT NULL UNIQUE,
    kind                   VARCHAR(20)  NOT NULL CHECK (kind IN ('WEBINAR', 'FYSISK_KURS')),
    title                  VARCHAR(200) NOT NULL,
    description_md         TEXT         NOT NULL DEFAULT '',
    speakers               VARCHAR(500) NOT NULL DEFAULT '',
    audience               VARCHAR(300) NOT NULL DEFAULT '',
    sector_id              BIGINT       REFERENCES taxonomy_term (id),
    theme_id               BIGINT       REFERENCES taxonomy_term (id),
    starts_at              TIMESTAMPTZ  NOT NULL,
    ends_at                TIMESTAMPTZ  NOT NULL,
    registration_deadline  TIMESTAMPTZ  NOT NULL,
    capacity               INTEGER      NOT NULL CHECK (capacity > 0),
    waiting_list           BOOLEAN      NOT NULL DEFAULT TRUE,
    venue                  VARCHAR(200),
    address                VARCHAR(300),
    room                   VARCHAR(100),
    join_url               VARCHAR(1000),
    status                 VARCHAR(20)  NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'FULL', 'CANCELLED', 'HELD')),
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT event_key_format CHECK (event_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX event_starts_at ON event (starts_at);

-- One row per user and event; a cancelled registration is kept (status CANCELLED) and reused on a new sign-up.
-- position: the place on the waiting list (1 = next in line) while WAITING, else null.
CREATE TABLE event_registration (
    id          BIGSERIAL PRIMARY KEY,
    event_id    BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    user_id     BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    status      VARCHAR(20) NOT NULL CHECK (status IN ('REGISTERED', 'WAITING', 'CANCELLED')),
    position    INTEGER     CHECK (position > 0),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT event_registration_once UNIQUE (event_id, user_id),
    CONSTRAINT event_registration_position CHECK ((status = 'WAITING') = (position IS NOT NULL))
);
CREATE INDEX event_registration_user ON event_registration (user_id);
