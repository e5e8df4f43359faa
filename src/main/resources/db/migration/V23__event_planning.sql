-- Events planned in the platform by a kursholder (not from the content folder): who planned them, and why an
-- event was cancelled (told to the participants). Events from content/arrangementer/ keep planned_by NULL and
-- authored_in_platform FALSE, and are changed only through their files.
ALTER TABLE event ADD COLUMN authored_in_platform BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE event ADD COLUMN planned_by BIGINT REFERENCES user_account (id) ON DELETE SET NULL;
ALTER TABLE event ADD COLUMN cancel_reason VARCHAR(500);
CREATE INDEX event_planned_by ON event (planned_by) WHERE planned_by IS NOT NULL;

-- The forum thread where people send questions before a webinar (opened by the planner), linked from the event.
ALTER TABLE event ADD COLUMN questions_thread_id BIGINT REFERENCES forum_thread (id) ON DELETE SET NULL;

-- Course videos are read range by range when a player seeks: stored uncompressed, PostgreSQL reads only the chunks
-- asked for instead of the whole value (media files are compressed formats anyway).
ALTER TABLE course_media ALTER COLUMN data SET STORAGE EXTERNAL;

-- Kunngjøringer: short notices editors publish on the front page and in the Timeplan, from a time and optionally
-- until a time.
CREATE TABLE announcement (
    id             BIGSERIAL PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    body_md        VARCHAR(5000) NOT NULL,
    publish_from   TIMESTAMPTZ   NOT NULL,
    publish_until  TIMESTAMPTZ,
    created_by     BIGINT        REFERENCES user_account (id) ON DELETE SET NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT announcement_until_after_from CHECK (publish_until IS NULL OR publish_until > publish_from)
);
CREATE INDEX announcement_publish_from ON announcement (publish_from DESC);

-- Omvisning: who has taken or declined the guided tour (then Min side no longer offers it).
CREATE TABLE guided_tour_done (
    user_id  BIGINT      PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    done_at  TIMESTAMPTZ NOT NULL
);

-- Deleting an account (privacy) must not be blocked by what the person did for others: the uploader of an e-learning
-- package and the moderator who deleted a thread are forgotten, the package and the deletion stay.
ALTER TABLE elearning_package ALTER COLUMN uploaded_by DROP NOT NULL;
ALTER TABLE elearning_package DROP CONSTRAINT elearning_package_uploaded_by_fkey;
ALTER TABLE elearning_package ADD CONSTRAINT elearning_package_uploaded_by_fkey
    FOREIGN KEY (uploaded_by) REFERENCES user_account (id) ON DELETE SET NULL;
ALTER TABLE forum_thread DROP CONSTRAINT forum_thread_deleted_by_fkey;
ALTER TABLE forum_thread ADD CONSTRAINT forum_thread_deleted_by_fkey
    FOREIGN KEY (deleted_by) REFERENCES user_account (id) ON DELETE SET NULL;
