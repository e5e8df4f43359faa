-- Assignments (tildelinger) of a course or a learning path, to the whole organisation, one unit (and the units below
-- it), everyone with one role, or one person.
ALTER TABLE course_assignment ALTER COLUMN course_id DROP NOT NULL;
ALTER TABLE course_assignment ADD COLUMN learning_path_id BIGINT REFERENCES learning_path (id);
ALTER TABLE course_assignment ADD COLUMN user_id BIGINT REFERENCES user_account (id) ON DELETE CASCADE;
ALTER TABLE course_assignment ADD COLUMN role VARCHAR(40) CHECK (role IN ('DELTAKER', 'KURSHOLDER', 'REDAKTOR',
    'MODERATOR', 'LEDER', 'VIRKSOMHETSADMINISTRATOR', 'SYSTEMADMINISTRATOR'));
-- a course or a learning path, never both, never neither
ALTER TABLE course_assignment ADD CONSTRAINT course_assignment_one_subject
    CHECK ((course_id IS NULL) <> (learning_path_id IS NULL));
-- one target at most (none: the whole organisation)
ALTER TABLE course_assignment ADD CONSTRAINT course_assignment_one_target CHECK (num_nonnulls(unit_id, user_id, role) <= 1);

DROP INDEX course_assignment_once;
CREATE UNIQUE INDEX course_assignment_once ON course_assignment (organisation_id, coalesce(course_id, 0),
    coalesce(learning_path_id, 0), coalesce(unit_id, 0), coalesce(user_id, 0), coalesce(role, ''));
CREATE INDEX course_assignment_user ON course_assignment (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX course_assignment_path ON course_assignment (learning_path_id) WHERE learning_path_id IS NOT NULL;
CREATE INDEX course_assignment_deadline ON course_assignment (deadline);
