-- Privacy and audit: an append-only audit log (the database itself refuses to change or remove a line), and what
-- deleting an account needs: rows that must outlive the person lose the reference to them instead of blocking the
-- deletion, and a certificate can be revoked.

-- Who did what to what, when and from where. actor_id is no foreign key: the line outlives the account.
-- actor_label: the e-mail address at the time, or 'anonym' (a visitor not logged in; a failed login's attempted
-- e-mail is the target, never the password).
CREATE TABLE audit_event (
    id              BIGSERIAL     PRIMARY KEY,
    occurred_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    event_type      VARCHAR(40)   NOT NULL,
    actor_id        BIGINT,
    actor_label     VARCHAR(254)  NOT NULL,
    target          VARCHAR(300)  NOT NULL DEFAULT '',
    details         VARCHAR(1000) NOT NULL DEFAULT '',
    remote_address  VARCHAR(64)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_type_time ON audit_event (event_type, occurred_at DESC);
CREATE INDEX audit_event_actor ON audit_event (actor_id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- A certificate outlives its holder's account (policy laeringsarena.privacy.certificates-on-delete): kept (still
-- verifiable with the name printed on it) or revoked (the verification page says so, and shows no name).
ALTER TABLE certificate ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE certificate ADD COLUMN revoked_at TIMESTAMPTZ;

-- Lines about someone else's work keep existing when the person who did it deletes their account.
ALTER TABLE course_assignment ALTER COLUMN assigned_by DROP NOT NULL;
ALTER TABLE course_media ALTER COLUMN uploaded_by DROP NOT NULL;
ALTER TABLE forum_moderation_log ALTER COLUMN moderator_id DROP NOT NULL;
ALTER TABLE forum_suspension ALTER COLUMN moderator_id DROP NOT NULL;
ALTER TABLE forum_post_edit ALTER COLUMN editor_id DROP NOT NULL;
