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
-- a person, or a unit, or a role, or a role within a unit (what a merged organisation's role assignment becomes);
-- none of them: the whole organisation
ALTER TABLE course_assignment ADD CONSTRAINT course_assignment_one_target
    CHECK (user_id IS NULL OR (unit_id IS NULL AND role IS NULL));

DROP INDEX course_assignment_once;
CREATE UNIQUE INDEX course_assignment_once ON course_assignment (organisation_id, coalesce(course_id, 0),
    coalesce(learning_path_id, 0), coalesce(unit_id, 0), coalesce(user_id, 0), coalesce(role, ''));
CREATE INDEX course_assignment_user ON course_assignment (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX course_assignment_path ON course_assignment (learning_path_id) WHERE learning_path_id IS NOT NULL;
CREATE INDEX course_assignment_deadline ON course_assignment (deadline);

-- The system administrator's dashboard: platform use over time.
-- Searches per day (a count, nothing about who searched); each node adds what it counted every minute.
CREATE TABLE search_usage_day (
    day       DATE   PRIMARY KEY,
    searches  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX enrolment_completed_at ON enrolment (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX forum_thread_created_at ON forum_thread (created_at);
CREATE INDEX forum_reply_created_at ON forum_reply (created_at);

-- Municipal mergers (kommunesammenslåing): a system administrator merges one organisation into another. The merged
-- one is kept, pointing to where it went, so its organisasjonsnummer stays resolvable and is never reused; its people,
-- units, assignments and systems move, under a unit named after it, which is its report from then on.
ALTER TABLE organisation ADD COLUMN merged_into_id BIGINT REFERENCES organisation (id);
ALTER TABLE organisation ADD COLUMN merged_at TIMESTAMPTZ;
ALTER TABLE organisation ADD CONSTRAINT organisation_not_merged_into_itself
    CHECK (merged_into_id IS NULL OR merged_into_id <> id);
ALTER TABLE organisation_unit ADD COLUMN merged_from_id BIGINT REFERENCES organisation (id);
