package no.laeringsarena.webinar;

/** How attendance was recorded: ticked in the list, or found in the video service's attendee file. */
public enum AttendanceSource {
    LIST, CSV
}
