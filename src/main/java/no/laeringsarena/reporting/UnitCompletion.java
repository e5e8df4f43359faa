package no.laeringsarena.reporting;

/** One line of the per-unit breakdown: a unit (with the units below it) and how its people stand with a course. */
public record UnitCompletion(long unitId, String unitPath, CourseCompletion completion) {
}
