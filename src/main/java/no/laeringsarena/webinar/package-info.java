/**
 * Webinars and in-person courses (arrangementer): the events with their Oslo-time schedule, venue or join link,
 * capacity and waiting list; registrations (Meld deg på / Meld deg av) with automatic promotion from the waiting
 * list under a row lock on the event; the calendar file (.ics) and each user's secret calendar feed; the mails to
 * participants (confirmation with .ics, waiting list, promotion, reminders the day and the hour before, change and
 * cancellation, recording and slides) through the platform's mail outbox; the trainer's follow-up (attendance, also
 * from the video service's attendee file, as attended learning events and kursbevis for deltakelse; the recording as a
 * link or an uploaded video file, played only by participants); the content type {@code arrangement}.
 */
package no.laeringsarena.webinar;
