package no.laeringsarena.webinar;

/** The recording and slides of a held event (links; either may be null), for its participants. */
public record Materials(String recordingUrl, String slidesUrl) {

    public boolean hasAny() {
        return recordingUrl != null || slidesUrl != null;
    }
}
