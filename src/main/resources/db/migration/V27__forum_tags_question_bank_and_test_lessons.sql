-- Forum: free tags (emneord) on threads, set by the author when starting a thread and edited by moderators. Stored
-- normalised (see forum.ForumTags: lower case, hyphens for spaces, letters and digits); a thread has at most five.
CREATE TABLE forum_thread_tag (
    thread_id  BIGINT       NOT NULL REFERENCES forum_thread (id) ON DELETE CASCADE,
    tag        VARCHAR(30)  NOT NULL CHECK (tag <> '' AND tag !~ '[[:space:],;#]'),
    PRIMARY KEY (thread_id, tag)
);
-- filter a category (or the whole forum) by tag
CREATE INDEX forum_thread_tag_tag ON forum_thread_tag (tag, thread_id);

-- Tests: a question bank per course. Its questions live in test_question like a test's own, but belong to the bank
-- (bank_id) instead of one test (test_id); every test of the course that names the bank draws from it too, by its
-- draw rules. Answers stay keyed by question key, so a bank question answered in several tests is graded alike.
CREATE TABLE question_bank (
    id          BIGSERIAL PRIMARY KEY,
    bank_key    VARCHAR(100)  NOT NULL UNIQUE,
    course_id   BIGINT        NOT NULL UNIQUE REFERENCES course (id) ON DELETE CASCADE,
    title       VARCHAR(200)  NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT question_bank_key_format CHECK (bank_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

ALTER TABLE test_question ALTER COLUMN test_id DROP NOT NULL;
ALTER TABLE test_question ADD COLUMN bank_id BIGINT REFERENCES question_bank (id) ON DELETE CASCADE;
ALTER TABLE test_question ADD CONSTRAINT test_question_owner CHECK ((test_id IS NULL) <> (bank_id IS NULL));
CREATE UNIQUE INDEX test_question_bank_key ON test_question (bank_id, question_key) WHERE bank_id IS NOT NULL;

-- null: the test draws from its own questions only
ALTER TABLE course_test ADD COLUMN bank_id BIGINT REFERENCES question_bank (id) ON DELETE SET NULL;
CREATE INDEX course_test_bank ON course_test (bank_id) WHERE bank_id IS NOT NULL;

-- Courses: a lesson can be one of the course's tests (media_url holds the test key); passing the test completes it,
-- so a test can be a completion requirement like any required lesson.
ALTER TABLE lesson DROP CONSTRAINT IF EXISTS lesson_kind_check;
ALTER TABLE lesson ADD CONSTRAINT lesson_kind_check CHECK (kind IN ('TEXT', 'VIDEO', 'DOCUMENT', 'ACTIVE', 'PACKAGE', 'TEST'));
