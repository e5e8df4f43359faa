package no.laeringsarena.reporting;

import java.time.LocalDate;

/** An assigned course as the reports name it. */
public record AssignedCourse(long assignmentId, String courseKey, String courseTitle, LocalDate deadline) {
}
