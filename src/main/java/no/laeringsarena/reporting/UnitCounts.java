package no.laeringsarena.reporting;

/**
 * How the active people of one unit (null: people placed in no unit) stand with one assigned course: how many there
 * are, how many have completed the course, and how many have started it (completed or not).
 */
public record UnitCounts(long assignmentId, Long unitId, int staff, int completed, int started) {
}
