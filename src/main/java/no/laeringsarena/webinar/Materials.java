package no.laeringsarena.webinar;

/**
 * The recording and slides of a held event, for its participants: links (either may be null) and the recording
 * uploaded as a video file (null when there is none).
 */
public record Materials(String recordingUrl, String slidesUrl, RecordingFile recordingFile) {

    public static final Materials NONE = new Materials(null, null, null);

    public boolean hasAny() {
        return recordingUrl != null || slidesUrl != null || recordingFile != null;
    }

    public boolean hasRecordingFile() {
        return recordingFile != null;
    }
}
