-- Toolbox metadata that editors keep in the application: the items and courses an item is related to, the metadata of
-- every saved version (for the history and its differences), and when each checklist item was ticked (for exports).

CREATE TABLE toolbox_item_related_item (
    item_id     BIGINT NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    related_id  BIGINT NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, related_id),
    CONSTRAINT toolbox_item_related_not_itself CHECK (item_id <> related_id)
);
CREATE INDEX toolbox_item_related_item_related ON toolbox_item_related_item (related_id);

CREATE TABLE toolbox_item_related_course (
    item_id    BIGINT NOT NULL REFERENCES toolbox_item (id) ON DELETE CASCADE,
    course_id  BIGINT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, course_id)
);
CREATE INDEX toolbox_item_related_course_course ON toolbox_item_related_course (course_id);

-- one line per field ("Sektor: helse-og-velferd"); empty for versions saved before this migration
ALTER TABLE toolbox_item_version ADD COLUMN metadata TEXT NOT NULL DEFAULT '';

-- null for ticks made before this migration
ALTER TABLE checklist_progress_tick ADD COLUMN ticked_at TIMESTAMPTZ;
