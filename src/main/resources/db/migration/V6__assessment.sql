-- Tests and quizzes (tester): a test belongs to a course and has ordered questions with their options; a learner's
-- attempts keep the answers saved as she goes. Tests are seeded from content/tester/ by the content importer.
-- Answers are kept by question KEY, not by question row, so a re-imported test keeps every learner's answers.

CREATE TABLE course_test (
    id                  BIGSERIAL PRIMARY KEY,
    test_key            VARCHAR(100) NOT NULL UNIQUE,
    course_id           BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    title               VARCHAR(200) NOT NULL,
    intro               TEXT         NOT NULL DEFAULT '',
    -- share of the points needed to pass, in per cent
    pass_mark_percent   INTEGER      NOT NULL CHECK (pass_mark_percent BETWEEN 0 AND 100),
    attempts_allowed    INTEGER      NOT NULL CHECK (attempts_allowed > 0),
    -- null: no time limit
    time_limit_seconds  INTEGER      CHECK (time_limit_seconds > 0),
    feedback_mode       VARCHAR(30)  NOT NULL
        CHECK (feedback_mode IN ('IMMEDIATE', 'AFTER_SUBMIT', 'AFTER_LAST_ATTEMPT', 'NEVER')),
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT course_test_key_format CHECK (test_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE INDEX course_test_course ON course_test (course_id);

CREATE TABLE test_question (
    id            BIGSERIAL PRIMARY KEY,
    test_id       BIGINT        NOT NULL REFERENCES course_test (id) ON DELETE CASCADE,
    question_key  VARCHAR(100)  NOT NULL,
    position      INTEGER       NOT NULL,
    question_type VARCHAR(30)   NOT NULL CHECK (question_type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE',
                                    'MATCHING', 'ORDERING', 'NUMERIC', 'SHORT_TEXT', 'ESSAY')),
    text          TEXT          NOT NULL,
    points        NUMERIC(6, 2) NOT NULL CHECK (points > 0),
    -- the correct answer, one "name:value" per line (see AnswerKeyCodec); never sent to the browser before review
    answer_key    TEXT          NOT NULL DEFAULT '',
    -- shown in the review when the feedback mode allows it
    explanation   TEXT          NOT NULL DEFAULT '',
    CONSTRAINT test_question_key UNIQUE (test_id, question_key)
);

CREATE TABLE question_option (
    question_id  BIGINT       NOT NULL REFERENCES test_question (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    option_key   VARCHAR(20)  NOT NULL,
    text         TEXT         NOT NULL,
    -- per-option feedback, shown in the review when allowed
    feedback     TEXT         NOT NULL DEFAULT '',
    PRIMARY KEY (question_id, position)
);

CREATE TABLE test_attempt (
    id             BIGSERIAL PRIMARY KEY,
    test_id        BIGINT        NOT NULL REFERENCES course_test (id) ON DELETE CASCADE,
    user_id        BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    attempt_number INTEGER       NOT NULL CHECK (attempt_number > 0),
    registration   UUID          NOT NULL UNIQUE,
    started_at     TIMESTAMPTZ   NOT NULL,
    -- null: no time limit; answers and submissions after it are refused and the attempt is submitted
    deadline       TIMESTAMPTZ,
    submitted_at   TIMESTAMPTZ,
    -- true when the server submitted it because the time ran out
    auto_submitted BOOLEAN       NOT NULL DEFAULT FALSE,
    score          NUMERIC(8, 2),
    max_score      NUMERIC(8, 2),
    passed         BOOLEAN,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT test_attempt_number UNIQUE (test_id, user_id, attempt_number)
);
CREATE INDEX test_attempt_user ON test_attempt (user_id, test_id);
-- at most one open attempt per learner and test
CREATE UNIQUE INDEX test_attempt_one_open ON test_attempt (test_id, user_id) WHERE submitted_at IS NULL;

CREATE TABLE attempt_answer (
    id            BIGSERIAL PRIMARY KEY,
    attempt_id    BIGINT        NOT NULL REFERENCES test_attempt (id) ON DELETE CASCADE,
    question_key  VARCHAR(100)  NOT NULL,
    -- the learner's values, one per line
    response      TEXT          NOT NULL DEFAULT '',
    saved_at      TIMESTAMPTZ   NOT NULL,
    fraction      NUMERIC(6, 4),
    status        VARCHAR(20)   CHECK (status IN ('CORRECT', 'PARTIAL', 'WRONG', 'UNANSWERED', 'PENDING')),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT attempt_answer_question UNIQUE (attempt_id, question_key)
);
