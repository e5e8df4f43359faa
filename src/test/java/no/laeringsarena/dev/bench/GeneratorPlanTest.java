package no.laeringsarena.dev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import no.laeringsarena.identity.Organisasjonsnummer;
import org.junit.jupiter.api.Test;

/** The benchmark data generator's plan: same seed, same rows; the constraints of the schema hold. */
class GeneratorPlanTest {

    private final Plan plan = new Plan(0.05, 2026);

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        Plan again = new Plan(0.05, 2026);
        Plan other = new Plan(0.05, 7);
        for (int u = 0; u < 200; u++) {
            assertEquals(plan.email(u), again.email(u));
            assertEquals(plan.pseudonym(u), again.pseudonym(u));
        }
        assertNotEquals(plan.pseudonym(3), other.pseudonym(3));
    }

    @Test
    void scaleOneIsTheSizeTheIssueAsksFor() {
        Plan full = new Plan(1, 2026);
        assertEquals(400, full.organisations);
        assertEquals(100_000, full.users);
        assertEquals(2_000, full.courses);
        assertEquals(200_000, full.enrolments);
        assertEquals(1_000_000, full.statements());
        assertEquals(10_000, full.toolboxItems);
        assertEquals(500, full.attachments);
        assertEquals(100_000, full.threads + full.replies, "posts: opening posts plus replies");
    }

    @Test
    void emailsAndOrganisationNumbersAreUniqueAndValid() {
        Set<String> emails = new HashSet<>();
        for (int u = 0; u < plan.users; u++) {
            assertTrue(emails.add(plan.email(u).toLowerCase()), plan.email(u));
            assertTrue(plan.email(u).matches("[a-z0-9.-]+@[a-z0-9-]+\\.kommune\\.no"), plan.email(u));
        }
        Set<String> numbers = new HashSet<>();
        for (int o = 0; o < 4000; o++) {
            String number = Stages.organisasjonsnummer(o);
            assertTrue(Organisasjonsnummer.parse(number).isPresent(), number);
            assertTrue(numbers.add(number));
        }
    }

    @Test
    void noOneIsEnrolledTwiceInTheSameCourse() {
        Set<Long> pairs = new HashSet<>();
        for (int e = 0; e < plan.enrolments; e++) {
            assertTrue(pairs.add((long) plan.enrolmentUser(e) * 1_000_000 + plan.enrolmentCourse(e)), "enrolment " + e);
        }
    }

    @Test
    void oneThreadHasTwoHundredRepliesAndTheRepliesAddUp() {
        int[] counts = plan.replyCounts();
        assertEquals(Plan.LONG_THREAD_REPLIES, counts[0]);
        assertEquals(plan.replies, Arrays.stream(counts).sum());
    }

    @Test
    void everyLearnerHasAtLeastTheLessonsTheStatementsSayTheyExperienced() {
        for (int e = 0; e < plan.enrolments; e++) {
            int total = plan.lessonCount(plan.enrolmentCourse(e));
            int done = plan.lessonsDone(e);
            assertTrue(done >= 4 && done <= total, "enrolment " + e + ": " + done + " of " + total);
        }
    }

    @Test
    void copyRowsEscapeWhatCopyTreatsSpecially() {
        StringBuilder out = new StringBuilder();
        CopyRows.escape("a\tb\nc\\d\re", out);
        assertEquals("a\\tb\\nc\\\\d\\re", out.toString());
    }
}
