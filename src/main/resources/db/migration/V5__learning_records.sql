-- Learning records: the built-in xAPI Learning Record Store (statements, documents, activities), the LRS clients
-- that may use it, pseudonyms for platform users in statements, and the outbox for forwarding to an external LRS.

-- Every statement exactly as received plus what the LRS filled in (id, stored, timestamp, authority, version).
-- The other columns are derived from the JSON for filtering; seq orders and pages results (stored may tie).
CREATE TABLE xapi_statement (
    id                   UUID         PRIMARY KEY,
    seq                  BIGSERIAL    NOT NULL UNIQUE,
    statement            JSONB        NOT NULL,
    stored               TIMESTAMPTZ  NOT NULL,
    voided               BOOLEAN      NOT NULL DEFAULT false,
    -- the statement this one voids (verb http://adlnet.gov/expapi/verbs/voided), else null
    voids                UUID,
    actor_key            TEXT         NOT NULL,
    verb_id              TEXT         NOT NULL,
    object_activity_id   TEXT,
    object_agent_key     TEXT,
    object_statement_id  UUID,
    registration         UUID,
    -- for related_activities / related_agents: every activity id and agent key anywhere in the statement
    related_activities   JSONB        NOT NULL DEFAULT '[]',
    related_agents       JSONB        NOT NULL DEFAULT '[]',
    client_key           VARCHAR(100)
);
CREATE INDEX xapi_statement_stored ON xapi_statement (stored);
CREATE INDEX xapi_statement_actor ON xapi_statement (actor_key, seq);
CREATE INDEX xapi_statement_verb ON xapi_statement (verb_id, seq);
CREATE INDEX xapi_statement_activity ON xapi_statement (object_activity_id, seq);
CREATE INDEX xapi_statement_object_agent ON xapi_statement (object_agent_key);
CREATE INDEX xapi_statement_registration ON xapi_statement (registration);
CREATE INDEX xapi_statement_voids ON xapi_statement (voids);
CREATE INDEX xapi_statement_related_activities ON xapi_statement USING GIN (related_activities jsonb_path_ops);
CREATE INDEX xapi_statement_related_agents ON xapi_statement USING GIN (related_agents jsonb_path_ops);

-- The LRS's canonical definition of each activity it has seen (the latest definition received).
CREATE TABLE xapi_activity (
    id          TEXT         PRIMARY KEY,
    definition  JSONB        NOT NULL,
    updated     TIMESTAMPTZ  NOT NULL
);

-- State, activity profile and agent profile documents. Absent parts of the key are '' (registration: null).
CREATE TABLE xapi_document (
    id            BIGSERIAL     PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('STATE', 'ACTIVITY_PROFILE', 'AGENT_PROFILE')),
    activity_id   TEXT          NOT NULL DEFAULT '',
    agent_key     TEXT          NOT NULL DEFAULT '',
    registration  UUID,
    document_id   TEXT          NOT NULL,
    content       BYTEA         NOT NULL,
    content_type  VARCHAR(200)  NOT NULL,
    etag          VARCHAR(40)   NOT NULL,
    updated       TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX xapi_document_key ON xapi_document
    (kind, activity_id, agent_key, COALESCE(registration, '00000000-0000-0000-0000-000000000000'::uuid), document_id);

-- Who may use /xapi: HTTP Basic with key and secret (the secret stored only as a PBKDF2 hash).
CREATE TABLE lrs_client (
    id           BIGSERIAL     PRIMARY KEY,
    client_key   VARCHAR(100)  NOT NULL UNIQUE,
    name         VARCHAR(200)  NOT NULL,
    secret_hash  VARCHAR(400)  NOT NULL,
    -- space-separated: statements/read statements/write all/read all state profile
    scopes       VARCHAR(200)  NOT NULL,
    revoked      BOOLEAN       NOT NULL DEFAULT false,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      BIGINT        NOT NULL DEFAULT 0
);

-- The pseudonymous identity of a platform user in statements (never e-mail or national id).
CREATE TABLE learner_pseudonym (
    user_id    BIGINT  PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    pseudonym  UUID    NOT NULL UNIQUE
);

-- Statements waiting to be forwarded to the external LRS (when one is configured).
CREATE TABLE xapi_outbox (
    statement_id     UUID         PRIMARY KEY REFERENCES xapi_statement (id),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at          TIMESTAMPTZ,
    last_error       VARCHAR(500)
);
CREATE INDEX xapi_outbox_due ON xapi_outbox (next_attempt_at) WHERE sent_at IS NULL;
