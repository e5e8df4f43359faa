/**
 * Kunngjøringer: short notices an editor (redaktør) publishes on the front page and in the Timeplan — a new course
 * run, a change in a national component, a reminder of a deadline — visible from a time and, if set, until a time.
 */
package no.laeringsarena.announcement;
