-- Course holders (kursholdere) write courses in the UI: authors and co-authors of a course, a working copy
-- (utkast) of a published course that is edited while learners keep the published version, uploaded media
-- (video, captions, documents) kept in the database, and a captions track for video lessons.

-- A working copy of a published course: a course row of its own (status DRAFT, key 'utkast-<id>') that points at
-- the published course. Publishing copies it onto the published course (lesson keys kept) and deletes it.
ALTER TABLE course ADD COLUMN draft_of_id BIGINT UNIQUE REFERENCES course (id) ON DELETE CASCADE;

-- VIDEO: a WebVTT captions track (an address, or 'media:<id>' for an uploaded file)
ALTER TABLE lesson ADD COLUMN captions_url VARCHAR(1000);

-- Who may edit a course: its owner (who created it and chooses co-authors) and co-authors.
CREATE TABLE course_author (
    id         BIGSERIAL PRIMARY KEY,
    course_id  BIGINT      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES user_account (id),
    owner      BOOLEAN     NOT NULL DEFAULT FALSE,
    added_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT course_author_once UNIQUE (course_id, user_id)
);
CREATE INDEX course_author_user ON course_author (user_id);

-- Files uploaded for a course's lessons, with the type detected from the content (not the browser's word).
-- Kept in the database so a file is saved in the same transaction as the rest and is in every backup.
CREATE TABLE course_media (
    id            BIGSERIAL PRIMARY KEY,
    course_id     BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    data          BYTEA        NOT NULL,
    uploaded_by   BIGINT       NOT NULL REFERENCES user_account (id),
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX course_media_course ON course_media (course_id);
