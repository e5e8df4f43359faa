-- E-learning packages (e-læringspakker: cmi5 now, SCORM next) uploaded by course holders as lessons of a course.
-- The package's files are kept in the database, one row per file, so a package is saved in the same transaction
-- as its lessons and is in every backup; they are served at /pakke/<public_key>/<path>.

ALTER TABLE lesson DROP CONSTRAINT IF EXISTS lesson_kind_check;
ALTER TABLE lesson ADD CONSTRAINT lesson_kind_check CHECK (kind IN ('TEXT', 'VIDEO', 'DOCUMENT', 'ACTIVE', 'PACKAGE'));

CREATE TABLE elearning_package (
    id           BIGSERIAL PRIMARY KEY,
    -- what the package's files are served under: random, so one package's address says nothing of another's
    public_key   UUID         NOT NULL UNIQUE,
    course_id    BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    format       VARCHAR(20)  NOT NULL CHECK (format IN ('CMI5', 'SCORM')),
    title        VARCHAR(200) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    file_count   INTEGER      NOT NULL CHECK (file_count >= 0),
    total_bytes  BIGINT       NOT NULL CHECK (total_bytes >= 0),
    uploaded_by  BIGINT       NOT NULL REFERENCES user_account (id),
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX elearning_package_course ON elearning_package (course_id);

CREATE TABLE elearning_package_file (
    id            BIGSERIAL PRIMARY KEY,
    package_id    BIGINT        NOT NULL REFERENCES elearning_package (id) ON DELETE CASCADE,
    -- a safe relative path (checked at upload): no '..', no leading '/', no backslash
    path          VARCHAR(1000) NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL CHECK (size_bytes >= 0),
    data          BYTEA         NOT NULL,
    CONSTRAINT elearning_package_file_once UNIQUE (package_id, path)
);

-- cmi5: the assignable units (AU) of an imported course structure; each is a lesson ('cmi5:<id>' in media_url)
CREATE TABLE cmi5_au (
    id                 BIGSERIAL PRIMARY KEY,
    package_id         BIGINT        NOT NULL REFERENCES elearning_package (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    au_iri             VARCHAR(1000) NOT NULL,
    course_iri         VARCHAR(1000) NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    -- relative to the package (served by the platform) or an absolute https address
    url                VARCHAR(2000) NOT NULL,
    launch_method      VARCHAR(20)   NOT NULL CHECK (launch_method IN ('AnyWindow', 'OwnWindow')),
    move_on            VARCHAR(30)   NOT NULL CHECK (move_on IN ('Passed', 'Completed', 'CompletedAndPassed',
                                                                 'CompletedOrPassed', 'NotApplicable')),
    mastery_score      NUMERIC(5, 4) CHECK (mastery_score >= 0 AND mastery_score <= 1),
    launch_parameters  TEXT,
    entitlement_key    VARCHAR(1000),
    CONSTRAINT cmi5_au_position UNIQUE (package_id, position)
);

-- One launch of an AU by a learner: the one-time fetch token, then the auth token the AU uses against /xapi.
-- Tokens are kept only as SHA-256 hashes. A session ends with 'terminated' from the AU or 'abandoned' from us.
CREATE TABLE cmi5_session (
    id               BIGSERIAL PRIMARY KEY,
    session_id       UUID         NOT NULL UNIQUE,
    au_id            BIGINT       NOT NULL REFERENCES cmi5_au (id) ON DELETE CASCADE,
    user_id          BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    course_key       VARCHAR(100) NOT NULL,
    lesson_key       VARCHAR(100) NOT NULL,
    registration     UUID         NOT NULL,
    launch_mode      VARCHAR(20)  NOT NULL CHECK (launch_mode IN ('Normal', 'Browse', 'Review')),
    fetch_hash       VARCHAR(64)  NOT NULL UNIQUE,
    fetched_at       TIMESTAMPTZ,
    auth_key         VARCHAR(64)  UNIQUE,
    auth_hash        VARCHAR(64),
    launched_at      TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    ended_at         TIMESTAMPTZ,
    ended_how        VARCHAR(20)  CHECK (ended_how IN ('terminated', 'abandoned'))
);
CREATE INDEX cmi5_session_learner ON cmi5_session (user_id, au_id);

-- cmi5 per learner and AU: the registration (one per learner and course structure) and what the AU reached.
CREATE TABLE cmi5_au_state (
    id            BIGSERIAL PRIMARY KEY,
    au_id         BIGINT      NOT NULL REFERENCES cmi5_au (id) ON DELETE CASCADE,
    user_id       BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    registration  UUID        NOT NULL,
    completed_at  TIMESTAMPTZ,
    passed_at     TIMESTAMPTZ,
    failed_at     TIMESTAMPTZ,
    satisfied_at  TIMESTAMPTZ,
    CONSTRAINT cmi5_au_state_once UNIQUE (au_id, user_id)
);
