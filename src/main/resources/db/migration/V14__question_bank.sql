-- Question engine: tagged questions (topic, difficulty) that a test can draw from at random, the drawn set and
-- option order kept with each attempt, self-assessment tests (kartlegging) with competence areas, and manual
-- grading of essay answers by a trainer (kursholder).

-- QUIZ: graded with a pass mark; SELF_ASSESSMENT: no pass/fail, a profile per competence area (topic)
ALTER TABLE course_test ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'QUIZ'
    CHECK (kind IN ('QUIZ', 'SELF_ASSESSMENT'));
-- how to draw the questions of an attempt, one rule per line "count|topic|difficulty" (empty topic or difficulty:
-- any); no rules: every question, in the order written
ALTER TABLE course_test ADD COLUMN draw_rules TEXT NOT NULL DEFAULT '';

ALTER TABLE test_question ADD COLUMN topic VARCHAR(100) NOT NULL DEFAULT '';
-- null: not tagged
ALTER TABLE test_question ADD COLUMN difficulty VARCHAR(20) CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD'));
-- false where the order of the options matters (a scale); ordering questions always start shuffled
ALTER TABLE test_question ADD COLUMN shuffle_options BOOLEAN NOT NULL DEFAULT TRUE;

-- a self-assessment's competence areas: the topic key, its name and the courses suggested when it is weak
CREATE TABLE test_area (
    test_id           BIGINT        NOT NULL REFERENCES course_test (id) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    area_key          VARCHAR(100)  NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    -- course keys, comma separated
    suggested_courses TEXT          NOT NULL DEFAULT '',
    PRIMARY KEY (test_id, position)
);

-- the questions drawn for an attempt, in the order shown, with the order of their options (option keys, comma
-- separated); resume and review show the same. Attempts from before this table have none: all questions in order.
CREATE TABLE attempt_question (
    attempt_id    BIGINT        NOT NULL REFERENCES test_attempt (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    question_key  VARCHAR(100)  NOT NULL,
    option_order  TEXT          NOT NULL DEFAULT '',
    PRIMARY KEY (attempt_id, position)
);

-- a trainer's grading of an essay answer: the points given, the feedback the learner sees, who and when
ALTER TABLE attempt_answer ADD COLUMN manual_points NUMERIC(6, 2);
ALTER TABLE attempt_answer ADD COLUMN trainer_feedback TEXT NOT NULL DEFAULT '';
ALTER TABLE attempt_answer ADD COLUMN graded_by BIGINT REFERENCES user_account (id) ON DELETE SET NULL;
ALTER TABLE attempt_answer ADD COLUMN graded_at TIMESTAMPTZ;

-- self-assessments have no pass/fail: passed stays null
CREATE INDEX test_attempt_test ON test_attempt (test_id) WHERE submitted_at IS NOT NULL;
CREATE INDEX test_attempt_open_deadline ON test_attempt (deadline) WHERE submitted_at IS NULL;
