package no.laeringsarena.reporting;

import java.time.LocalDate;
import java.util.Set;

/**
 * An assigned course as the reports name it, and whom it is assigned to: {@code targetUnits} null for the whole
 * organisation, else the unit and every unit below it ({@code assignedTo} names that unit).
 */
public record AssignedCourse(long assignmentId, String courseKey, String courseTitle, LocalDate deadline,
                             Set<Long> targetUnits, String assignedTo) {

    public AssignedCourse(long assignmentId, String courseKey, String courseTitle, LocalDate deadline) {
        this(assignmentId, courseKey, courseTitle, deadline, null, null);
    }

    boolean concerns(Long unitId) {
        return targetUnits == null || (unitId != null && targetUnits.contains(unitId));
    }
}
