-- The toolbox (verktøykasse): items with their metadata and Markdown body, the structure of interactive
-- checklists, each user's progress on a checklist, and the search outbox that carries index changes to
-- Elasticsearch in the same transaction as the change itself.

CREATE TABLE toolbox_item (
    id                BIGSERIAL PRIMARY KEY,
    item_key          VARCHAR(100) NOT NULL UNIQUE,
    item_type         VARCHAR(30)  NOT NULL CHECK (item_type IN ('VEILEDER', 'BRUKERREISE', 'KRAVSPESIFIKASJON',
                          'SJEKKLISTE', 'MAL', 'METODIKK', 'ARKITEKTURPRINSIPP', 'STANDARD', 'ARBEIDSPROSESS')),
    section           VARCHAR(40)  NOT NULL CHECK (section IN ('STRATEGISKE_FORINGER', 'BRUKERREISE_OG_TJENESTEPRODUKSJON',
                          'GRUNNDATAREGISTRE', 'MALBILDE_OG_ARKITEKTUR', 'FELLESLOSNINGER', 'INFRASTRUKTUR',
                          'STANDARDER_OG_GRENSESNITT')),
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('UTKAST', 'PUBLISERT', 'ARKIVERT')),
    name_nb           VARCHAR(200) NOT NULL,
    name_nn           VARCHAR(200),
    name_en           VARCHAR(200),
    summary           VARCHAR(600) NOT NULL DEFAULT '',
    body_md           TEXT         NOT NULL DEFAULT '',
    sector_id         BIGINT       REFERENCES taxonomy_term (id),
    owner             VARCHAR(200) NOT NULL,
    fact_checked_on   DATE         NOT NULL,
    sort_order        INTEGER      NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT toolbox_item_key_format CHECK (item_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE INDEX toolbox_item_section ON toolbox_item (section, sort_order);
CREATE INDEX toolbox_item_sector ON toolbox_item (sector_id);

CREATE TABLE toolbox_item_theme (
    item_id  BIGINT NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    term_id  BIGINT NOT NULL REFERENCES taxonomy_term (id),
    PRIMARY KEY (item_id, term_id)
);
CREATE INDEX toolbox_item_theme_term ON toolbox_item_theme (term_id);

-- the merger phases (FOR_DU_STARTER … DRIFT) an item is for
CREATE TABLE toolbox_item_phase (
    item_id  BIGINT      NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    phase    VARCHAR(30) NOT NULL,
    PRIMARY KEY (item_id, phase)
);

-- the implementation steps (hovedsteg KARTLEGGE … REALISERE) an item supports
CREATE TABLE toolbox_item_step (
    item_id  BIGINT      NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    step     VARCHAR(30) NOT NULL,
    PRIMARY KEY (item_id, step)
);

-- the audiences (målgrupper) an item is written for, in the editor's words
CREATE TABLE toolbox_item_audience (
    item_id   BIGINT       NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    audience  VARCHAR(200) NOT NULL,
    PRIMARY KEY (item_id, position)
);

-- One row per item of an interactive checklist: phase (a ## heading) → group (###) → item.
-- item_ref is "phase.group.item" (1-based), stable as long as the list is not reordered.
CREATE TABLE checklist_entry (
    id            BIGSERIAL PRIMARY KEY,
    toolbox_item_id BIGINT     NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    item_ref      VARCHAR(20)  NOT NULL,
    phase_no      INTEGER      NOT NULL,
    phase_title   VARCHAR(200) NOT NULL,
    group_no      INTEGER      NOT NULL,
    group_title   VARCHAR(200) NOT NULL,
    item_no       INTEGER      NOT NULL,
    priority      VARCHAR(10)  CHECK (priority IN ('ROD', 'GUL')),
    text          VARCHAR(1000) NOT NULL,
    CONSTRAINT checklist_entry_ref UNIQUE (toolbox_item_id, item_ref)
);

-- A user's progress on one checklist: the ticked item refs and a note.
CREATE TABLE checklist_progress (
    id               BIGSERIAL PRIMARY KEY,
    toolbox_item_id  BIGINT       NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    user_id          BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    note             VARCHAR(4000) NOT NULL DEFAULT '',
    completed_at     TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT checklist_progress_one_per_user UNIQUE (toolbox_item_id, user_id)
);
CREATE INDEX checklist_progress_user ON checklist_progress (user_id);

CREATE TABLE checklist_progress_tick (
    progress_id  BIGINT      NOT NULL REFERENCES checklist_progress (id) ON DELETE CASCADE,
    item_ref     VARCHAR(20) NOT NULL,
    PRIMARY KEY (progress_id, item_ref)
);

-- Transactional outbox for the search index: written in the transaction that changes the indexed thing,
-- drained to Elasticsearch afterwards; a row is done only when Elasticsearch accepted it.
CREATE TABLE search_outbox (
    id            BIGSERIAL PRIMARY KEY,
    document_id   VARCHAR(200) NOT NULL,
    operation     VARCHAR(10)  NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    payload       TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000),
    done_at       TIMESTAMPTZ,
    CONSTRAINT search_outbox_payload_for_upsert CHECK ((operation = 'UPSERT') = (payload IS NOT NULL))
);
CREATE INDEX search_outbox_pending ON search_outbox (id) WHERE done_at IS NULL;
