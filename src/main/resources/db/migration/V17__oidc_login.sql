-- OpenID Connect login (ID-porten, Feide, a generic provider): which provider subject belongs to which account.
-- The subject is the provider's pseudonymous id (or an HMAC of it); a national identity number is never stored,
-- and the database refuses anything shaped like one.

CREATE TABLE oidc_link (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    provider      VARCHAR(20)  NOT NULL CHECK (provider IN ('IDPORTEN', 'FEIDE', 'GENERIC')),
    subject       VARCHAR(255) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT oidc_link_subject_unique UNIQUE (provider, subject),
    CONSTRAINT oidc_link_one_per_provider UNIQUE (user_id, provider),
    CONSTRAINT oidc_link_subject_not_fnr CHECK (subject !~ '(^|[^0-9])[0-9]{6}\s?[0-9]{5}($|[^0-9])')
);
CREATE INDEX oidc_link_user ON oidc_link (user_id);
