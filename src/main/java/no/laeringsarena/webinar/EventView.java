package no.laeringsarena.webinar;

/** An event with its free seats and the status a visitor sees now, for lists and the event page. */
public record EventView(Event event, long seatsLeft, EventStatus status, boolean registrationOpen) {
}
