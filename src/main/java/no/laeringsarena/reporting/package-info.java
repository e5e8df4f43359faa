/**
 * What leaders use to build competence across their staff: courses an organisation administrator assigns to
 * everyone in the organisation with a deadline, and the organisation report of who has completed what (on screen
 * and as CSV with the same numbers).
 */
package no.laeringsarena.reporting;
