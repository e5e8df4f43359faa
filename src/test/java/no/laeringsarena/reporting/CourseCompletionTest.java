package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseCompletionTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    @Test
    void completedCountsAsCompletedEvenAfterTheDeadline() {
        assertEquals(AssignmentStatus.COMPLETED, CourseCompletion.statusOf(true, true, DEADLINE, DEADLINE.plusDays(10)));
    }

    @Test
    void theDeadlineDayItselfIsNotOverdue() {
        assertEquals(AssignmentStatus.NOT_STARTED, CourseCompletion.statusOf(false, false, DEADLINE, DEADLINE));
        assertEquals(AssignmentStatus.IN_PROGRESS, CourseCompletion.statusOf(true, false, DEADLINE, DEADLINE));
        assertEquals(AssignmentStatus.OVERDUE, CourseCompletion.statusOf(true, false, DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(AssignmentStatus.OVERDUE, CourseCompletion.statusOf(false, false, DEADLINE, DEADLINE.plusDays(1)));
    }

    @Test
    void countsAddUpToTheStaffAndThePercentRoundsDown() {
        CourseCompletion line = CourseCompletion.count("k", "Kurs", DEADLINE, List.of(AssignmentStatus.COMPLETED,
                AssignmentStatus.COMPLETED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.NOT_STARTED,
                AssignmentStatus.OVERDUE, AssignmentStatus.OVERDUE));
        assertEquals(6, line.staff());
        assertEquals(6, line.completed() + line.inProgress() + line.notStarted() + line.overdue());
        assertEquals(2, line.completed());
        assertEquals(2, line.overdue());
        assertEquals(33, line.percentCompleted());
    }

    @Test
    void anOrganisationWithoutStaffIsZeroPercentNotAnError() {
        assertEquals(0, CourseCompletion.count("k", "Kurs", DEADLINE, List.of()).percentCompleted());
    }
}
