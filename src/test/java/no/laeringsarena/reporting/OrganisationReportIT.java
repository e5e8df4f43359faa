package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation administrator assigns a course to the organisation, a member completes it, and the report on the
 * page and in the CSV both show the completion the database holds; nobody else gets at the report.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationReportIT {

    private static final String COURSE = "hva-ma-virke-pa-dag-en";
    private static final String TITLE = "Hva må virke på dag én?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private FacesClient client() throws Exception {
        return new FacesClient(base.toURI(), "nb");
    }

    @Test
    void anAssignedCourseCompletedByAMemberShowsInTheReportAndTheCsv() throws Exception {
        FacesClient admin = client();
        admin.logIn("virksomhetsadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        Page report = admin.get("organisasjon/rapport.xhtml");
        assertEquals(200, report.status());

        Page past = admin.submit(report, "assign-form", Map.of("course", COURSE, "deadline", "2020-01-01"), "assign");
        assertTrue(past.contains("Fristen kan ikke være passert"), "a deadline in the past is refused");
        Page noCourse = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form",
                Map.of("course", "", "deadline", LocalDate.now().plusDays(30).toString()), "assign");
        assertTrue(noCourse.contains("Velg et publisert kurs"));

        String deadline = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30).toString();
        Page assigned = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form",
                Map.of("course", COURSE, "deadline", deadline), "assign");
        assertTrue(assigned.contains("er tildelt alle ansatte"), "confirmed: " + assigned.body().replaceAll("(?s).*<main", "").replaceAll("(?s)<h2.*", ""));

        // a new member of the organisation sees the assignment and completes the course
        FacesClient member = client();
        String email = "ansatt." + UUID.randomUUID() + "@demo-kommune.no";
        member.submit(member.get("registrer.xhtml"), "registration-form", Map.of("name", "Aud Ansatt", "email", email,
                "password", "et langt passord", "password2", "et langt passord", "orgnr", "999999980"), "submit");
        Page mine = member.logIn(email, "et langt passord");
        assertTrue(mine.contains("Tildelt av organisasjonen din") && mine.contains(TITLE) && mine.contains("ikke startet"),
                "the learner sees the assignment on Min side");
        takeTheCourse(member);
        assertTrue(member.get("min-side.xhtml").body().matches("(?s).*" + Pattern.quote(TITLE) + ".*fullført.*"));

        Page after = admin.get("organisasjon/rapport.xhtml");
        int[] expected = expectedCounts();
        String row = rowOf(after.body());
        assertTrue(row.contains(">" + expected[0] + "<") && row.contains(">" + expected[1] + "<"),
                "staff " + expected[0] + " and completed " + expected[1] + " on the page: " + row);
        assertTrue(expected[1] >= 1, "the member's completion counts");

        FacesClient.Download csv = admin.download("organisasjon/rapport.csv");
        assertEquals(200, csv.status());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.startsWith(TITLE)).findFirst().orElseThrow(() -> new AssertionError(text));
        String[] cells = line.split(";");
        assertEquals(String.valueOf(expected[0]), cells[2], "staff in the CSV");
        assertEquals(String.valueOf(expected[1]), cells[3], "completed in the CSV");
        assertEquals(deadline, cells[1]);
    }

    @Test
    void theReportIsOnlyForOrganisationAdministrators() throws Exception {
        FacesClient learner = client();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        assertEquals(403, learner.get("organisasjon/rapport.xhtml").status());
        assertEquals(403, learner.download("organisasjon/rapport.csv").status());
        Page guest = client().get("organisasjon/rapport.xhtml");
        assertTrue(guest.uri().getPath().endsWith("logg-inn.xhtml"), "a guest is sent to log in");
    }

    private void takeTheCourse(FacesClient member) throws Exception {
        Page lesson = member.submit(member.get("kurs/kurs.xhtml?key=" + COURSE), "course-form", Map.of(), "start");
        lesson = member.submit(lesson, "lesson-form", Map.of(), "complete");
        lesson = member.submit(lesson, "lesson-form", Map.of(), "complete");
        lesson = member.submit(lesson, "lesson-form", Map.of("choice", "0"), "answer-step");
        lesson = member.submit(lesson, "lesson-form", Map.of("choice", "1"), "answer-step");
        Page done = member.submit(lesson, "lesson-form", Map.of(), "complete");
        assertTrue(done.contains("100 %"), "the course is completed: " + done.uri());
    }

    private static String rowOf(String html) {
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(TITLE) + "(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "a report row for the course");
        return row.group();
    }

    /** Staff of the demo organisation and how many of them completed the course, straight from the database. */
    private static int[] expectedCounts() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
             PreparedStatement query = db.prepareStatement("""
                     SELECT (SELECT count(*) FROM user_account u JOIN organisation o ON o.id = u.organisation_id
                              WHERE o.organisasjonsnummer = '999999980'),
                            (SELECT count(*) FROM enrolment e JOIN user_account u ON u.id = e.user_id
                              JOIN organisation o ON o.id = u.organisation_id JOIN course c ON c.id = e.course_id
                              WHERE o.organisasjonsnummer = '999999980' AND c.course_key = ? AND e.completed_at IS NOT NULL)""")) {
            query.setString(1, COURSE);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }
}
