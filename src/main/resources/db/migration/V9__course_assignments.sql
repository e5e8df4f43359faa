-- Courses an organisation administrator assigns to the organisation's staff, with a deadline.
CREATE TABLE course_assignment (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    course_id        BIGINT      NOT NULL REFERENCES course (id),
    deadline         DATE        NOT NULL,
    assigned_by      BIGINT      NOT NULL REFERENCES user_account (id),
    assigned_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT      NOT NULL DEFAULT 0,
    -- one assignment of a course per organisation; assigning again moves the deadline
    CONSTRAINT course_assignment_once UNIQUE (organisation_id, course_id)
);
CREATE INDEX course_assignment_course ON course_assignment (course_id);
