-- Identity: organisations (municipalities and county municipalities), user accounts and their roles.

CREATE TABLE organisation (
    id                   BIGSERIAL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    kind                 VARCHAR(30)  NOT NULL CHECK (kind IN ('KOMMUNE', 'FYLKESKOMMUNE', 'ANNEN')),
    kommunenummer        CHAR(4),
    organisasjonsnummer  CHAR(9)      NOT NULL UNIQUE,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_kommunenummer_digits CHECK (kommunenummer IS NULL OR kommunenummer ~ '^[0-9]{4}$'),
    CONSTRAINT organisation_orgnr_digits CHECK (organisasjonsnummer ~ '^[0-9]{9}$')
);

CREATE TABLE user_account (
    id               BIGSERIAL PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(400) NOT NULL,
    organisation_id  BIGINT REFERENCES organisation (id),
    preferred_locale VARCHAR(5)   NOT NULL DEFAULT 'nb',
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at    TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0
);
-- e-mail addresses are unique regardless of case
CREATE UNIQUE INDEX user_account_email_unique ON user_account (lower(email));
CREATE INDEX user_account_organisation ON user_account (organisation_id);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL CHECK (role IN ('DELTAKER', 'KURSHOLDER', 'REDAKTOR', 'MODERATOR',
                                                  'VIRKSOMHETSADMINISTRATOR', 'SYSTEMADMINISTRATOR')),
    PRIMARY KEY (user_id, role)
);
