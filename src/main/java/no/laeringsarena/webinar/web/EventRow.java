package no.laeringsarena.webinar.web;

/** One event in a list or on the timeplan, with texts ready in the reader's language and Oslo time. */
public record EventRow(String key, String title, String kindText, String when, String place, String seatsText,
                       String statusText, boolean cancelled) {
}
