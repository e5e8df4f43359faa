package no.laeringsarena.webinar;

/** Someone with a seat at an event, as the trainer's follow-up page lists her. */
public record Participant(long registrationId, String name, String email, boolean attended) {

    /** The registration id as the attendance form submits it. */
    public String id() {
        return Long.toString(registrationId);
    }
}
