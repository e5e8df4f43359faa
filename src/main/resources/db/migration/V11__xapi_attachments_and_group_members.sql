-- xAPI attachments sent as multipart/mixed parts: their data, by SHA-2 (lower-case hex), shared by every statement
-- that declares the same sha2. Returned with GET /xapi/statements?attachments=true.
CREATE TABLE xapi_attachment (
    sha2          TEXT         PRIMARY KEY,
    content_type  TEXT         NOT NULL,
    content       BYTEA        NOT NULL,
    stored        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The "agent" filter matches a statement whose actor or object is the agent, or a Group with the agent as a member:
-- the keys (see xapi.Agents) of the actor, the object agent/group, and the members of either.
ALTER TABLE xapi_statement ADD COLUMN agent_keys JSONB NOT NULL DEFAULT '[]';

CREATE FUNCTION pg_temp.xapi_agent_key(agent JSONB) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN agent ? 'mbox' THEN 'mbox:' || regexp_replace(agent->>'mbox', '@[^@]*$', '')
            || lower(coalesce(substring(agent->>'mbox' from '@[^@]*$'), ''))
        WHEN agent ? 'mbox_sha1sum' THEN 'mbox_sha1sum:' || lower(agent->>'mbox_sha1sum')
        WHEN agent ? 'openid' THEN 'openid:' || (agent->>'openid')
        WHEN agent ? 'account' THEN 'account:' || coalesce(agent->'account'->>'homePage', '') || '|'
            || coalesce(agent->'account'->>'name', '')
    END
$$;

UPDATE xapi_statement s SET agent_keys = coalesce((
    SELECT jsonb_agg(DISTINCT k) FROM (
        SELECT s.actor_key AS k
        UNION SELECT s.object_agent_key
        UNION SELECT pg_temp.xapi_agent_key(v) FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(s.statement->'actor'->'member') = 'array' THEN s.statement->'actor'->'member'
                 ELSE '[]'::jsonb END) AS m(v)
        UNION SELECT pg_temp.xapi_agent_key(v) FROM jsonb_array_elements(
            CASE WHEN s.statement->'object'->>'objectType' = 'Group'
                      AND jsonb_typeof(s.statement->'object'->'member') = 'array' THEN s.statement->'object'->'member'
                 ELSE '[]'::jsonb END) AS m(v)
    ) keys WHERE k IS NOT NULL), '[]'::jsonb);

CREATE INDEX xapi_statement_agent_keys ON xapi_statement USING GIN (agent_keys jsonb_path_ops);

-- Filters reach statements that target a matching statement through a StatementRef (followed by this index).
CREATE INDEX xapi_statement_object_statement ON xapi_statement (object_statement_id);
