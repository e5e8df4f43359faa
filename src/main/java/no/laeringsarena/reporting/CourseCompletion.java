package no.laeringsarena.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * One line of the organisation report: an assigned course and how many of the staff have completed it, are under
 * way, have not started, or are past the deadline without completing. The counts always add up to the staff count.
 */
public record CourseCompletion(String courseKey, String courseTitle, LocalDate deadline, int staff, int completed,
                               int inProgress, int notStarted, int overdue, String assignedTo) {

    /** A line for a course assigned to the whole organisation. */
    public CourseCompletion(String courseKey, String courseTitle, LocalDate deadline, int staff, int completed,
                            int inProgress, int notStarted, int overdue) {
        this(courseKey, courseTitle, deadline, staff, completed, inProgress, notStarted, overdue, null);
    }

    /** The same line, naming the unit the course is assigned to (null: the whole organisation). */
    public CourseCompletion assignedTo(String unitPath) {
        return new CourseCompletion(courseKey, courseTitle, deadline, staff, completed, inProgress, notStarted, overdue,
                unitPath);
    }

    /** What a person's enrolment says on a given day: completed on time or late counts as completed. */
    public static AssignmentStatus statusOf(boolean started, boolean completed, LocalDate deadline, LocalDate today) {
        if (completed) {
            return AssignmentStatus.COMPLETED;
        }
        if (today.isAfter(deadline)) {
            return AssignmentStatus.OVERDUE;
        }
        return started ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.NOT_STARTED;
    }

    /** Counts the statuses of every staff member (one status each) into a report line. */
    public static CourseCompletion count(String courseKey, String courseTitle, LocalDate deadline,
                                         Collection<AssignmentStatus> statuses) {
        Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return new CourseCompletion(courseKey, courseTitle, deadline, statuses.size(),
                counts.getOrDefault(AssignmentStatus.COMPLETED, 0), counts.getOrDefault(AssignmentStatus.IN_PROGRESS, 0),
                counts.getOrDefault(AssignmentStatus.NOT_STARTED, 0), counts.getOrDefault(AssignmentStatus.OVERDUE, 0));
    }

    /**
     * A report line from counts: completed counts as completed whenever it happened; after the deadline everyone
     * else is overdue, before it they are in progress (started) or not started — as {@link #statusOf} says per person.
     */
    public static CourseCompletion fromCounts(String courseKey, String courseTitle, LocalDate deadline, int staff,
                                              int completed, int started, LocalDate today) {
        int inProgress = started - completed;
        int notStarted = staff - started;
        if (today.isAfter(deadline)) {
            return new CourseCompletion(courseKey, courseTitle, deadline, staff, completed, 0, 0, inProgress + notStarted);
        }
        return new CourseCompletion(courseKey, courseTitle, deadline, staff, completed, inProgress, notStarted, 0);
    }

    /** Share completed, 0–100, rounded down; 0 for an organisation without staff. */
    public int percentCompleted() {
        return staff == 0 ? 0 : completed * 100 / staff;
    }
}
