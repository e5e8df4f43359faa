-- SCORM 1.2 and 2004 packages (format 'SCORM' of elearning_package, V19): one row per launchable item of the
-- default organisation, each played by a lesson of kind PACKAGE ('scorm:<id>' in media_url), and the run-time
-- data (CMI) per learner, SCO and attempt.

CREATE TABLE scorm_sco (
    id                    BIGSERIAL PRIMARY KEY,
    package_id            BIGINT        NOT NULL REFERENCES elearning_package (id) ON DELETE CASCADE,
    position              INTEGER       NOT NULL,
    scorm_version         VARCHAR(20)   NOT NULL CHECK (scorm_version IN ('SCORM_12', 'SCORM_2004')),
    item_identifier       VARCHAR(1000) NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    -- a path inside the package (checked at import), with the item's launch parameters
    launch_path           VARCHAR(2000) NOT NULL,
    -- false for an asset, which never talks to the API and counts as done once opened
    is_sco                BOOLEAN       NOT NULL,
    mastery_score         NUMERIC(7, 4) CHECK (mastery_score >= 0 AND mastery_score <= 100),
    launch_data           TEXT,
    completion_threshold  NUMERIC(5, 4) CHECK (completion_threshold >= 0 AND completion_threshold <= 1),
    CONSTRAINT scorm_sco_position UNIQUE (package_id, position)
);

-- One attempt of a learner at a SCO. cmi holds the data model's values as a JSON object (element -> value);
-- the columns beside it are what reports and the lesson progress need without reading it.
CREATE TABLE scorm_attempt (
    id                 BIGSERIAL PRIMARY KEY,
    sco_id             BIGINT       NOT NULL REFERENCES scorm_sco (id) ON DELETE CASCADE,
    user_id            BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    attempt_number     INTEGER      NOT NULL CHECK (attempt_number >= 1),
    cmi                TEXT         NOT NULL DEFAULT '{}',
    total_time_cs      BIGINT       NOT NULL DEFAULT 0 CHECK (total_time_cs >= 0),
    -- the session running now (from launch until LMSFinish/Terminate or the page going away), or null
    session_id         VARCHAR(36)  UNIQUE,
    sessions           INTEGER      NOT NULL DEFAULT 0,
    completion_status  VARCHAR(20),
    success_status     VARCHAR(20),
    score_scaled       NUMERIC(11, 7),
    -- the last status reported as a learning event (completed, passed, failed), so each is reported once
    reported_status    VARCHAR(20),
    satisfied_at       TIMESTAMPTZ,
    started_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT scorm_attempt_once UNIQUE (sco_id, user_id, attempt_number)
);
CREATE INDEX scorm_attempt_learner ON scorm_attempt (user_id, sco_id);
