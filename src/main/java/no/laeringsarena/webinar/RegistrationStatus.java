package no.laeringsarena.webinar;

/** A user's place at an event: a seat, a place on the waiting list, or cancelled by her. */
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED
}
