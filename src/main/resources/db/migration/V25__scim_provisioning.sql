-- SCIM 2.0 provisioning: an organisation's own systems (Entra ID, an HR system) keep its people and units in sync.

-- The id a person has in the organisation's own system; unique within the organisation.
ALTER TABLE user_account ADD COLUMN external_id VARCHAR(200);
CREATE UNIQUE INDEX user_account_external_id ON user_account (organisation_id, external_id) WHERE external_id IS NOT NULL;

-- Bearer tokens of the SCIM endpoint, one organisation each. The token is shown once; only its SHA-256 is stored.
CREATE TABLE scim_token (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    token_hash       CHAR(64)     NOT NULL UNIQUE,
    label            VARCHAR(200) NOT NULL,
    created_by       BIGINT       REFERENCES user_account (id),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ
);
CREATE INDEX scim_token_organisation ON scim_token (organisation_id);
