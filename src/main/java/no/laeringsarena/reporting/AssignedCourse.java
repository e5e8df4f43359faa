package no.laeringsarena.reporting;

import java.time.LocalDate;
import java.util.Set;

/**
 * An assigned course (or learning path) as the reports name it, and whom it is assigned to: {@code targetUnits} null
 * for the whole organisation, a role or a person, else the unit and every unit below it ({@code assignedTo} names the
 * unit, role or person). A {@code personal} assignment (one person) is shown only where that person is counted, so
 * a report never names someone outside the reader's reach.
 */
public record AssignedCourse(long assignmentId, String courseKey, String courseTitle, LocalDate deadline,
                             Set<Long> targetUnits, String assignedTo, boolean personal) {

    public AssignedCourse(long assignmentId, String courseKey, String courseTitle, LocalDate deadline) {
        this(assignmentId, courseKey, courseTitle, deadline, null, null, false);
    }

    public AssignedCourse(long assignmentId, String courseKey, String courseTitle, LocalDate deadline,
                          Set<Long> targetUnits, String assignedTo) {
        this(assignmentId, courseKey, courseTitle, deadline, targetUnits, assignedTo, false);
    }

    boolean concerns(Long unitId) {
        return targetUnits == null || (unitId != null && targetUnits.contains(unitId));
    }
}
