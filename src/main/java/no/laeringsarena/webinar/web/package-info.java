/** Faces beans of the event pages (webinarer, arrangement, timeplan) and the calendar-file download. */
package no.laeringsarena.webinar.web;
