/**
 * Webinars and in-person courses (arrangementer): the events with their Oslo-time schedule, venue or join link,
 * capacity and waiting list; registrations (Meld deg på / Meld deg av) with automatic promotion from the waiting
 * list under a row lock on the event; the calendar file (.ics); the content type {@code arrangement}.
 */
package no.laeringsarena.webinar;
