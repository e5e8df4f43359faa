package no.laeringsarena.webinar;

/** Someone with a seat at an event, as the trainer's follow-up page lists her. */
public record Participant(long registrationId, String name, String email, boolean attended) {
}
