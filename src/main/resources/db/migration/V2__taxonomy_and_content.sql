-- Taxonomy (sectors, cross-cutting themes, sub-areas), forum categories, and what the content importer
-- last did with each item of the content/ folder. Seeded by the content importer, edited in the UI.
-- Every editable row has an optimistic-lock version: the importer compares it with the version it
-- recorded right after its last write to tell whether someone edited the row in the UI since.

CREATE TABLE taxonomy_term (
    id              BIGSERIAL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('SECTOR', 'THEME', 'SUB_AREA')),
    term_key        VARCHAR(100) NOT NULL,
    parent_id       BIGINT       REFERENCES taxonomy_term (id),
    name_nb         VARCHAR(200) NOT NULL,
    name_nn         VARCHAR(200),
    name_en         VARCHAR(200),
    description_md  TEXT         NOT NULL DEFAULT '',
    sort_order      INTEGER      NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT taxonomy_term_key_per_kind UNIQUE (kind, term_key),
    CONSTRAINT taxonomy_term_key_format CHECK (term_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- a sub-area always sits under a sector; sectors and themes have no parent
    CONSTRAINT taxonomy_term_parent_only_for_sub_areas CHECK ((kind = 'SUB_AREA') = (parent_id IS NOT NULL))
);
CREATE INDEX taxonomy_term_parent ON taxonomy_term (parent_id);

-- other names people use for a term (e.g. 'Skole og oppvekst' for Oppvekst og utdanning), for search
CREATE TABLE taxonomy_term_alias (
    term_id   BIGINT       NOT NULL REFERENCES taxonomy_term (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (term_id, position)
);

CREATE TABLE forum_category (
    id              BIGSERIAL PRIMARY KEY,
    category_key    VARCHAR(100) NOT NULL UNIQUE,
    name_nb         VARCHAR(200) NOT NULL,
    name_nn         VARCHAR(200),
    name_en         VARCHAR(200),
    description_md  TEXT         NOT NULL DEFAULT '',
    sector_id       BIGINT       REFERENCES taxonomy_term (id),
    -- an idea category (Prosjektidéer) holds project ideas with a template and a status
    idea_category   BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order      INTEGER      NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT forum_category_key_format CHECK (category_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE INDEX forum_category_sector ON forum_category (sector_id);

CREATE TABLE forum_category_theme (
    category_id  BIGINT NOT NULL REFERENCES forum_category (id) ON DELETE CASCADE,
    term_id      BIGINT NOT NULL REFERENCES taxonomy_term (id),
    PRIMARY KEY (category_id, term_id)
);
CREATE INDEX forum_category_theme_term ON forum_category_theme (term_id);

-- One row per item the importer has written: the file it came from, the SHA-256 of that file's text,
-- and the item's row version right after the write. Written by the importer only.
CREATE TABLE content_import_state (
    id            BIGSERIAL PRIMARY KEY,
    item_type     VARCHAR(50)  NOT NULL,
    item_key      VARCHAR(100) NOT NULL,
    source_path   VARCHAR(500) NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    row_version   BIGINT       NOT NULL,
    imported_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT content_import_state_item UNIQUE (item_type, item_key)
);
