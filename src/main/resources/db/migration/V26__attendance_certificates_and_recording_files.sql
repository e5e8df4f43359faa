-- A certificate (kursbevis) proves either that a person completed a course or that she attended an event (webinar or
-- fysisk kurs): exactly one of course_id and event_id is set. course_title is the title as printed, of the course or
-- of the event; held_on is the event's day (Oslo) on an attendance certificate.
ALTER TABLE certificate ALTER COLUMN course_id DROP NOT NULL;
ALTER TABLE certificate ADD COLUMN event_id BIGINT REFERENCES event (id);
ALTER TABLE certificate ADD COLUMN held_on DATE;
ALTER TABLE certificate ADD CONSTRAINT certificate_course_or_event
    CHECK ((course_id IS NULL) <> (event_id IS NULL) AND (event_id IS NULL) = (held_on IS NULL));
CREATE UNIQUE INDEX certificate_once_per_event ON certificate (user_id, event_id) WHERE event_id IS NOT NULL;
COMMENT ON COLUMN certificate.course_title IS 'the title as printed: of the course, or of the event attended';

-- The recording of an event uploaded as a video file by the trainer (instead of, or besides, a link): one per event,
-- a new upload replaces it. Played by the participants range by range, so stored uncompressed like course videos.
CREATE TABLE event_recording (
    event_id      BIGINT       PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    data          BYTEA        NOT NULL,
    uploaded_by   BIGINT       REFERENCES user_account (id) ON DELETE SET NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
ALTER TABLE event_recording ALTER COLUMN data SET STORAGE EXTERNAL;

-- Whether attending gives a kursbevis for deltakelse (the trainer may turn it off for an event, e.g. a short
-- information meeting); on by default.
ALTER TABLE event ADD COLUMN attendance_certificates BOOLEAN NOT NULL DEFAULT TRUE;
