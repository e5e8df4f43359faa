-- Attachments of toolbox items (the file as uploaded, its type as detected from the content, and its text for the
-- search index), and every saved version of an item, for the editors' history and differences.

CREATE TABLE toolbox_attachment (
    id              BIGSERIAL    PRIMARY KEY,
    item_id         BIGINT       NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    file_name       VARCHAR(200) NOT NULL,
    attachment_type VARCHAR(10)  NOT NULL CHECK (attachment_type IN ('PDF', 'DOCX', 'XLSX', 'PPTX', 'ODT', 'TXT')),
    size_bytes      BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256          CHAR(64)     NOT NULL,
    content         BYTEA        NOT NULL,
    extracted_text  TEXT         NOT NULL DEFAULT '',
    text_truncated  BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by     BIGINT       REFERENCES user_account (id) ON DELETE SET NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT toolbox_attachment_once UNIQUE (item_id, sha256)
);
CREATE INDEX toolbox_attachment_item ON toolbox_attachment (item_id);

CREATE TABLE toolbox_item_version (
    id            BIGSERIAL    PRIMARY KEY,
    item_id       BIGINT       NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    version_no    INTEGER      NOT NULL CHECK (version_no > 0),
    status        VARCHAR(20)  NOT NULL,
    name_nb       VARCHAR(200) NOT NULL,
    summary       VARCHAR(600) NOT NULL DEFAULT '',
    body_md       TEXT         NOT NULL DEFAULT '',
    change_note   VARCHAR(300) NOT NULL DEFAULT '',
    changed_by    BIGINT       REFERENCES user_account (id) ON DELETE SET NULL,
    changed_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT toolbox_item_version_once UNIQUE (item_id, version_no)
);

-- The search synonyms as editors keep them (Solr format, one rule a line). No row: the rules shipped with the
-- application (search/synonyms-nb.txt) apply. Saving starts a reindex into a new index with the new rules.
CREATE TABLE search_synonyms (
    id          INTEGER      PRIMARY KEY CHECK (id = 1),
    rules       TEXT         NOT NULL,
    updated_by  BIGINT       REFERENCES user_account (id) ON DELETE SET NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
