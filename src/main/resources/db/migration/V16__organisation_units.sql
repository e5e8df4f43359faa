-- Units (enheter) inside an organisation, as a tree: sektor › arbeidssted › …; people belong to one unit.
CREATE TABLE organisation_unit (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    parent_id        BIGINT       REFERENCES organisation_unit (id),
    name             VARCHAR(200) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
-- two units under the same parent never share a name, whatever the case
CREATE UNIQUE INDEX organisation_unit_sibling_name ON organisation_unit (organisation_id, coalesce(parent_id, 0), lower(name));
CREATE INDEX organisation_unit_parent ON organisation_unit (parent_id);

ALTER TABLE user_account ADD COLUMN unit_id BIGINT REFERENCES organisation_unit (id);
-- a deactivated account cannot log in and is left out of reports; its history stays
ALTER TABLE user_account ADD COLUMN deactivated_at TIMESTAMPTZ;
CREATE INDEX user_account_unit ON user_account (unit_id);

-- Leder: sees the reports of their own unit and the units below it
ALTER TABLE user_role DROP CONSTRAINT user_role_role_check;
ALTER TABLE user_role ADD CONSTRAINT user_role_role_check CHECK (role IN ('DELTAKER', 'KURSHOLDER', 'REDAKTOR',
    'MODERATOR', 'LEDER', 'VIRKSOMHETSADMINISTRATOR', 'SYSTEMADMINISTRATOR'));

-- The reports join enrolments by course and person
CREATE INDEX IF NOT EXISTS enrolment_course_user ON enrolment (course_id, user_id);

-- Invitations: a person without a password (e.g. from a staff import) sets one through a secret link.
-- Only a hash of the token is stored; a link works once and until it expires.
CREATE TABLE user_invitation (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    created_by  BIGINT      REFERENCES user_account (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX user_invitation_user ON user_invitation (user_id);

-- A course can be assigned to the whole organisation (unit_id null) or to one unit and everything below it
ALTER TABLE course_assignment ADD COLUMN unit_id BIGINT REFERENCES organisation_unit (id);
ALTER TABLE course_assignment DROP CONSTRAINT course_assignment_once;
CREATE UNIQUE INDEX course_assignment_once ON course_assignment (organisation_id, course_id, coalesce(unit_id, 0));
