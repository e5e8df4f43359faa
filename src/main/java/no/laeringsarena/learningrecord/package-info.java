/**
 * Learning records: every learning event on the platform (a CDI {@link no.laeringsarena.learningrecord.LearningEvent}
 * fired by the capability it happens in) becomes an xAPI statement in the built-in Learning Record Store, which
 * also serves the xAPI resources at /xapi and can forward to an external LRS.
 */
package no.laeringsarena.learningrecord;
