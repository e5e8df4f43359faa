-- Courses (kurs) with ordered modules, lessons and the steps of active lessons; enrolments and lesson
-- progress; certificates (kursbevis); learning paths (læringssti). Courses are seeded from content/kurs/
-- by the content importer. Progress is kept by lesson KEY, not by lesson row, so a re-imported course
-- (whose modules and lessons are rebuilt) keeps every learner's progress.

CREATE TABLE course (
    id                BIGSERIAL PRIMARY KEY,
    course_key        VARCHAR(100) NOT NULL UNIQUE,
    title             VARCHAR(200) NOT NULL,
    summary           TEXT         NOT NULL,
    -- one learning goal per line
    learning_goals    TEXT         NOT NULL DEFAULT '',
    format            VARCHAR(20)  NOT NULL CHECK (format IN ('NETTKURS', 'FYSISK_KURS', 'VIDEOLEKSJON', 'AKTIV_LEKSJON')),
    sector_id         BIGINT       REFERENCES taxonomy_term (id),
    theme_id          BIGINT       REFERENCES taxonomy_term (id),
    audience          VARCHAR(300) NOT NULL DEFAULT '',
    duration_minutes  INTEGER      NOT NULL CHECK (duration_minutes > 0),
    owner             VARCHAR(200) NOT NULL,
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    -- playable by guests without logging in (no progress kept for them)
    open_access       BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at        TIMESTAMPTZ  NOT NULL,
    fact_checked_on   DATE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT course_key_format CHECK (course_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE INDEX course_sector ON course (sector_id);
CREATE INDEX course_theme ON course (theme_id);

CREATE TABLE course_module (
    id         BIGSERIAL PRIMARY KEY,
    course_id  BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    CONSTRAINT course_module_position UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE lesson (
    id          BIGSERIAL PRIMARY KEY,
    module_id   BIGINT       NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    lesson_key  VARCHAR(100) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('TEXT', 'VIDEO', 'DOCUMENT', 'ACTIVE')),
    required    BOOLEAN      NOT NULL DEFAULT TRUE,
    -- TEXT: the text; VIDEO: the transcript; DOCUMENT: what the document is; ACTIVE: an introduction
    body_md     TEXT         NOT NULL DEFAULT '',
    -- VIDEO: the video's address; DOCUMENT: the document's address
    media_url   VARCHAR(1000),
    CONSTRAINT lesson_position UNIQUE (module_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- the steps of an ACTIVE lesson: content plus a reflection question or a single-choice check
CREATE TABLE lesson_step (
    id              BIGSERIAL PRIMARY KEY,
    lesson_id       BIGINT       NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body_md         TEXT         NOT NULL DEFAULT '',
    question_kind   VARCHAR(20)  NOT NULL CHECK (question_kind IN ('REFLECTION', 'CHOICE')),
    question        TEXT         NOT NULL,
    -- CHOICE: the index (0-based) of the right option
    correct_option  INTEGER,
    CONSTRAINT lesson_step_position UNIQUE (lesson_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT lesson_step_choice_has_answer CHECK ((question_kind = 'CHOICE') = (correct_option IS NOT NULL))
);

CREATE TABLE lesson_step_option (
    step_id   BIGINT       NOT NULL REFERENCES lesson_step (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    text      VARCHAR(500) NOT NULL,
    PRIMARY KEY (step_id, position)
);

CREATE TABLE enrolment (
    id                BIGSERIAL PRIMARY KEY,
    user_id           BIGINT       NOT NULL REFERENCES user_account (id),
    course_id         BIGINT       NOT NULL REFERENCES course (id),
    -- the xAPI registration shared by every learning event of this enrolment
    registration      UUID         NOT NULL UNIQUE,
    started_at        TIMESTAMPTZ  NOT NULL,
    completed_at      TIMESTAMPTZ,
    -- where "Fortsett" takes the learner back to
    last_lesson_key   VARCHAR(100),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_once_per_course UNIQUE (user_id, course_id)
);

CREATE TABLE lesson_progress (
    id             BIGSERIAL PRIMARY KEY,
    enrolment_id   BIGINT       NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    lesson_key     VARCHAR(100) NOT NULL,
    completed_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lesson_progress_once UNIQUE (enrolment_id, lesson_key)
);

CREATE TABLE certificate (
    id                 BIGSERIAL PRIMARY KEY,
    user_id            BIGINT       NOT NULL REFERENCES user_account (id),
    course_id          BIGINT       NOT NULL REFERENCES course (id),
    -- as printed on the certificate, kept even if the course or the name changes later
    holder_name        VARCHAR(200) NOT NULL,
    course_title       VARCHAR(200) NOT NULL,
    issued_at          TIMESTAMPTZ  NOT NULL,
    hours              NUMERIC(5,1) NOT NULL,
    verification_code  VARCHAR(20)  NOT NULL UNIQUE,
    CONSTRAINT certificate_once_per_course UNIQUE (user_id, course_id)
);

CREATE TABLE learning_path (
    id          BIGSERIAL PRIMARY KEY,
    path_key    VARCHAR(100) NOT NULL UNIQUE,
    title       VARCHAR(200) NOT NULL,
    summary     TEXT         NOT NULL DEFAULT '',
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT learning_path_key_format CHECK (path_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE TABLE learning_path_course (
    path_id    BIGINT  NOT NULL REFERENCES learning_path (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    course_id  BIGINT  NOT NULL REFERENCES course (id),
    PRIMARY KEY (path_id, position)
);
