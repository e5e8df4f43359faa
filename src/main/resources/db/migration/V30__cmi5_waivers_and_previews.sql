-- cmi5 waivers: a course holder may waive an AU for a learner (cmi5 "waived"); the AU then counts as having met its
-- moveOn. The reason is one of the cmi5 specification's values (Tested Out, Equivalent AU, Equivalent Outside
-- Activity, Administrative); waived_by is the course holder (kept as a plain id: the line outlives her account).
ALTER TABLE cmi5_au_state
    ADD COLUMN waived_at     TIMESTAMPTZ,
    ADD COLUMN waived_reason VARCHAR(40),
    ADD COLUMN waived_by     BIGINT,
    ADD CONSTRAINT cmi5_au_state_waiver_whole CHECK ((waived_at IS NULL) = (waived_reason IS NULL));

-- A course holder's preview of an AU from the course editor (Browse mode, a registration of its own): it never counts
-- as anyone's progress and is simply ended, without an "abandoned" statement, when it expires or is launched again.
ALTER TABLE cmi5_session ADD COLUMN preview BOOLEAN NOT NULL DEFAULT false;
