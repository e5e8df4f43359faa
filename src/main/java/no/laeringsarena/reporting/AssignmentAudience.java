package no.laeringsarena.reporting;

/**
 * The SQL that says whom an assignment ({@code a}, a row of course_assignment) is for, shared by the report, the
 * assignment notices and the reminders so that they always agree.
 */
final class AssignmentAudience {

    /**
     * Joins the people ({@code p}) an assignment is for, apart from its unit (the report and the sweeps apply that):
     * active people of the organisation — the one person named, or everyone with the role named, or everyone.
     */
    static final String PEOPLE = """
            JOIN user_account p ON p.organisation_id = a.organisation_id AND p.deactivated_at IS NULL
             AND (a.user_id IS NULL OR p.id = a.user_id)
             AND (a.role IS NULL OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = p.id AND r.role = a.role))
            """;

    /** True while {@code p} has not completed the assigned course, or not every course of the assigned learning path. */
    static final String NOT_COMPLETED = """
            NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.user_id = p.id AND e.course_id = a.course_id
                                                    AND e.completed_at IS NOT NULL)
            AND (a.learning_path_id IS NULL
                 OR EXISTS (SELECT 1 FROM learning_path_course lpc WHERE lpc.path_id = a.learning_path_id
                              AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.user_id = p.id
                                                 AND e.course_id = lpc.course_id AND e.completed_at IS NOT NULL)))
            """;

    /**
     * A recursive {@code below(assignment_id, unit_id)}: for each assignment to a unit with a deadline on or after
     * {@code ?1}, that unit and every unit below it. Use it with {@link #IN_UNIT}.
     */
    static final String UNITS_BELOW = """
            WITH RECURSIVE below(assignment_id, unit_id) AS (
                SELECT a.id, a.unit_id FROM course_assignment a WHERE a.unit_id IS NOT NULL AND a.deadline >= ?1
                UNION ALL
                SELECT b.assignment_id, u.id FROM organisation_unit u JOIN below b ON u.parent_id = b.unit_id)
            """;

    /** True when {@code p} is in the assignment's unit or below it, or the assignment is not for a unit. */
    static final String IN_UNIT = """
            (a.unit_id IS NULL OR EXISTS (SELECT 1 FROM below b WHERE b.assignment_id = a.id AND b.unit_id = p.unit_id))
            """;

    private AssignmentAudience() {
    }
}
