package no.laeringsarena.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.FacesClient.Page;
import no.laeringsarena.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        assertTrue(after.contains("id=\"completion-chart\"") && after.contains("Andel fullført per tildelt kurs"),
                "a chart of the shares, with the table as its text alternative");
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

    @Test
    void staffImportedIntoUnitsAreReportedPerUnitTheXlsxMatchesAndALeaderSeesOnlyTheirUnits() throws Exception {
        FacesClient admin = client();
        admin.logIn("virksomhetsadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        String deadline = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30).toString();
        admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("course", COURSE, "deadline", deadline),
                "assign");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String anne = "anne." + tag + "@demo-kommune.no";
        String bjorn = "bjorn." + tag + "@demo-kommune.no";
        String csv = "e-post;navn;enhet;roller\n"
                + anne + ";Anne Aas;Helse og velferd/Sykehjem Nord;deltaker\n"
                + "ikke-en-adresse;Feil Feilsen;;\n"
                + bjorn + ";Bjørn Berg;Oppvekst og utdanning/Skole " + tag + ";\n"
                + "systemadmin@demo.laeringsarena.no;Siri;;systemadministrator\n";
        Page imported = admin.submitMultipart(admin.get("organisasjon/ansatte.xhtml"), "import-form", Map.of(),
                new FacesClient.FilePart("file", "ansatte.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)), "import");
        assertTrue(imported.contains("2 nye") && imported.contains("1 nye enheter") && imported.contains("2 rader med feil"),
                "the import says what it did: " + imported.body().replaceAll("(?s).*<main", "").replaceAll("(?s)<section.*", ""));
        assertTrue(imported.contains("Linje 3: «ikke-en-adresse» er ikke en gyldig e-postadresse."), "a bad row is named by line");
        assertTrue(imported.contains("Linje 5: «systemadministrator» er ikke en rolle du kan gi"), "roles are limited");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM user_account WHERE email = 'ikke-en-adresse'"));
        assertEquals(1, TestDatabase.count("""
                SELECT count(*) FROM user_account u JOIN organisation_unit s ON s.id = u.unit_id
                  JOIN organisation_unit h ON h.id = s.parent_id
                 WHERE u.email = ? AND s.name = 'Sykehjem Nord' AND h.name = 'Helse og velferd'""", anne));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM user_role r JOIN user_account u ON u.id = r.user_id "
                + "WHERE u.email = ? AND r.role = 'SYSTEMADMINISTRATOR' AND u.display_name = 'Siri'",
                "systemadmin@demo.laeringsarena.no"), "nothing of a refused row is written");
        assertTrue(client().logIn(anne, "et langt passord").contains("login-form"), "an imported person has no password yet");

        // an invitation link lets her choose a password, once
        Page staffPage = admin.get("organisasjon/ansatte.xhtml");
        Matcher invite = Pattern.compile(Pattern.quote(anne) + "(?:(?!</tr>).)*?id=\"staff-form:(staff:\\d+:invite)\"",
                Pattern.DOTALL).matcher(staffPage.body());
        assertTrue(invite.find(), "an invite button in Anne's row");
        Page invited = admin.submit(staffPage, "staff-form", Map.of(), invite.group(1));
        Matcher link = Pattern.compile("invitasjon\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(invited.body());
        assertTrue(link.find(), "the link is shown to the administrator");
        String mailed = awaitQueued(anne, "Invitasjon til Læringsarena fra Demo kommune");
        assertTrue(mailed.contains("invitasjon.xhtml?token=" + link.group(1)), "the same link is mailed to her: " + mailed);
        FacesClient newcomer = client();
        Page choose = newcomer.get("invitasjon.xhtml?token=" + link.group(1));
        assertTrue(choose.contains("Anne Aas"), "the link knows whom it is for");
        Page weak = newcomer.submit(choose, "invitation-form", Map.of("password", "kort", "password2", "kort"), "submit");
        assertTrue(weak.contains("invitation-form") && !weak.contains("Passordet er lagret"), "a weak password is refused");
        Page saved = newcomer.submit(newcomer.get("invitasjon.xhtml?token=" + link.group(1)), "invitation-form",
                Map.of("password", "et langt passord", "password2", "et langt passord"), "submit");
        assertTrue(saved.contains("Passordet er lagret"), "saved: " + saved.body().replaceAll("(?s).*<main", ""));
        assertTrue(client().logIn(anne, "et langt passord").uri().getPath().endsWith("min-side.xhtml"), "she can log in now");
        assertTrue(client().get("invitasjon.xhtml?token=" + link.group(1)).contains("allerede brukt eller utløpt"),
                "a link works once");

        // the whole organisation: the page, the per-unit table and the XLSX show the same numbers
        Page report = admin.get("organisasjon/rapport.xhtml");
        String row = rowOf(report.body());
        int[] expected = expectedCounts();
        assertTrue(row.contains(">" + expected[0] + "<"), "staff " + expected[0] + " on the page: " + row);
        assertTrue(report.contains("Helse og velferd") && report.contains("Oppvekst og utdanning"), "per unit");
        FacesClient.Download xlsx = admin.download("organisasjon/rapport.xlsx");
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row line = findRow(workbook.getSheetAt(0), TITLE, 0);
            assertEquals(expected[0], (int) line.getCell(2).getNumericCellValue(), "staff in the XLSX equals the database");
            assertEquals(expected[1], (int) line.getCell(3).getNumericCellValue(), "completed in the XLSX");
        }

        // a course assigned to one unit counts only its people, and the leader of another unit does not see it
        long oppvekstId = TestDatabase.count("SELECT min(u.id) FROM organisation_unit u JOIN organisation o ON o.id = "
                + "u.organisation_id WHERE o.organisasjonsnummer = '999999980' AND u.name = 'Oppvekst og utdanning'");
        Page unitAssigned = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("course",
                "gevinstrealisering", "deadline", deadline, "assign-unit", String.valueOf(oppvekstId)), "assign");
        assertTrue(unitAssigned.contains("er tildelt alle i Oppvekst og utdanning"), "confirmed for the unit");
        long inOppvekst = TestDatabase.count("""
                WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL
                    SELECT u.id FROM organisation_unit u JOIN scope s ON u.parent_id = s.id)
                SELECT count(*) FROM user_account WHERE unit_id IN (SELECT id FROM scope) AND deactivated_at IS NULL""",
                oppvekstId);
        Matcher unitRow = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*Gevinstrealisering(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(unitAssigned.body());
        assertTrue(unitRow.find() && unitRow.group().contains("Oppvekst og utdanning")
                && unitRow.group().contains(">" + inOppvekst + "<"), inOppvekst + " people in Oppvekst: " + unitRow);

        // a deadline tomorrow: everyone in the unit who has not completed gets one reminder, however many sweeps run
        long sykehjem = TestDatabase.count("SELECT min(u.id) FROM organisation_unit u JOIN organisation o ON o.id = "
                + "u.organisation_id WHERE o.organisasjonsnummer = '999999980' AND u.name = 'Sykehjem Nord'");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString();
        Page soon = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("course",
                "digital-kommunesammenslaing", "deadline", tomorrow, "assign-unit", String.valueOf(sykehjem)), "assign");
        assertTrue(soon.contains("er tildelt alle i Sykehjem Nord"), "assigned to the unit");
        String notice = awaitQueued(anne, "Tildelt av organisasjonen din: «Digital kommunesammenslåing");
        assertTrue(notice.contains("kurs/kurs.xhtml?key=digital-kommunesammenslaing"), "the notice links the course");
        // told today that the deadline is tomorrow: no reminder on top of it until the notice is older than the window
        Thread.sleep(35_000);
        assertEquals(0, queued(anne, "Påminnelse: fristen for «Digital kommunesammenslåing"),
                "the notice said it; no reminder at the same time");
        try (Connection db = TestDatabase.connect(); PreparedStatement older = db.prepareStatement(
                "UPDATE mail_outbox SET created_at = now() - interval '3 days' WHERE idempotency_key LIKE 'assignment-notice:%'")) {
            older.executeUpdate();
        }
        String reminder = awaitQueued(anne, "Påminnelse: fristen for «Digital kommunesammenslåing");
        assertTrue(reminder.contains("kurs/kurs.xhtml?key=digital-kommunesammenslaing"), "the mail links the course");
        Thread.sleep(35_000);
        assertEquals(1, queued(anne, "Påminnelse: fristen for «Digital kommunesammenslåing"),
                "sent once, whatever the number of sweeps");
        assertEquals(0, queued(bjorn, "Påminnelse: fristen for «Digital kommunesammenslåing"),
                "nobody outside the unit is reminded");
        assertEquals(1, queued(anne, "Tildelt av organisasjonen din: «Digital kommunesammenslåing"),
                "the notice too is sent once");
        assertEquals(0, queued(bjorn, "Tildelt av organisasjonen din: «Digital kommunesammenslåing"),
                "nobody outside the unit is told");

        // one unit: only its people
        long helse = TestDatabase.count("SELECT min(u.id) FROM organisation_unit u JOIN organisation o ON o.id = u.organisation_id "
                + "WHERE o.organisasjonsnummer = '999999980' AND u.name = 'Helse og velferd'");
        long oppvekst = TestDatabase.count("SELECT min(u.id) FROM organisation_unit u JOIN organisation o ON o.id = u.organisation_id "
                + "WHERE o.organisasjonsnummer = '999999980' AND u.name = 'Oppvekst og utdanning'");
        long inHelse = TestDatabase.count("""
                WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL
                    SELECT u.id FROM organisation_unit u JOIN scope s ON u.parent_id = s.id)
                SELECT count(*) FROM user_account WHERE unit_id IN (SELECT id FROM scope) AND deactivated_at IS NULL""", helse);
        String helseRow = rowOf(admin.get("organisasjon/rapport.xhtml?enhet=" + helse).body());
        assertTrue(helseRow.contains(">" + inHelse + "<"), inHelse + " people in Helse og velferd: " + helseRow);

        // a leader (placed in Helse og velferd) sees that unit and below, nothing else, and no staff administration
        FacesClient leader = client();
        leader.logIn("leder@demo.laeringsarena.no", DemoData.PASSWORD);
        Page own = leader.get("organisasjon/rapport.xhtml");
        assertEquals(200, own.status());
        assertTrue(rowOf(own.body()).contains(">" + inHelse + "<"), "the leader's report covers their unit");
        assertTrue(own.contains("Sykehjem Nord") && !own.contains("Oppvekst og utdanning"), "only units in reach are offered");
        assertTrue(!own.contains("assign-form"), "a leader does not assign courses");
        assertTrue(!own.contains("Gevinstrealisering"), "a course assigned to another unit is not in the leader's report");
        assertTrue(leader.get("organisasjon/rapport.xhtml?enhet=" + oppvekst).contains("Ingen tilgang"),
                "another unit's report is refused");
        assertEquals(403, leader.download("organisasjon/rapport.xlsx?enhet=" + oppvekst).status());
        assertEquals(403, leader.get("organisasjon/ansatte.xhtml").status());

        // a deactivated person can no longer log in, and leaves the counts
        Page staff = admin.get("organisasjon/ansatte.xhtml");
        Matcher button = Pattern.compile(Pattern.quote(bjorn) + "(?:(?!</tr>).)*?id=\"staff-form:(staff:\\d+:deactivate)\"",
                Pattern.DOTALL).matcher(staff.body());
        assertTrue(button.find(), "a deactivate button in Bjørn's row");
        Page done = admin.submit(staff, "staff-form", Map.of(), button.group(1));
        assertTrue(done.contains("Bjørn Berg er deaktivert"), "confirmed");
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM user_account WHERE email = ? AND deactivated_at IS NOT NULL", bjorn));
        assertEquals(expected[0] - 1, expectedCounts()[0]);
        assertTrue(rowOf(admin.get("organisasjon/rapport.xhtml").body()).contains(">" + (expected[0] - 1) + "<"),
                "the deactivated person left the report");
    }

    @Test
    void aCourseAssignedToNamedPeopleAndALearningPathToARoleReachOnlyThemWithAMailAndShowInTheReport() throws Exception {
        FacesClient admin = client();
        admin.logIn("virksomhetsadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        String deadline = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(20).toString();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String mari = "mari." + tag + "@demo-kommune.no";
        String nils = "nils." + tag + "@demo-kommune.no";
        register(mari, "Mari Mål " + tag);
        register(nils, "Nils Nabo " + tag);

        // all or nothing: one unknown person refuses the lot
        Page refused = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("course",
                "nasjonale-felleskomponenter", "deadline", deadline, "assign-people", mari + ", ukjent@annen-kommune.no"), "assign");
        assertTrue(refused.contains("Finner ingen aktiv person med e-postadressen ukjent@annen-kommune.no"),
                "the unknown address is named");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM course_assignment a JOIN user_account u ON u.id = a.user_id "
                + "WHERE u.email = ?", mari), "nothing saved");
        Page twoTargets = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("course",
                "nasjonale-felleskomponenter", "deadline", deadline, "assign-role", "LEDER", "assign-people", mari), "assign");
        assertTrue(twoTargets.contains("Velg bare én av enhet, rolle eller personer"), "one kind of target");

        Page toMari = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("course",
                "nasjonale-felleskomponenter", "deadline", deadline, "assign-people", mari.toUpperCase()), "assign");
        assertTrue(toMari.contains("er tildelt 1 personer"), "confirmed: " + toMari.body().replaceAll("(?s).*<main", "")
                .replaceAll("(?s)<h2.*", ""));
        String notice = awaitQueued(mari, "Tildelt av organisasjonen din: «Nasjonale felleskomponenter»");
        assertTrue(notice.contains("kurs/kurs.xhtml?key=nasjonale-felleskomponenter"), "the mail links the course");
        assertTrue(minSide(mari).contains("Nasjonale felleskomponenter"), "Mari sees her assignment in Mine kurs");
        assertTrue(!minSide(nils).contains("Nasjonale felleskomponenter"), "Nils was not assigned it");
        assertEquals(0, queued(nils, "Tildelt av organisasjonen din: «Nasjonale felleskomponenter»"));
        Matcher personRow = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*Nasjonale felleskomponenter(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(toMari.body());
        assertTrue(personRow.find() && personRow.group().contains("Mari Mål " + tag) && personRow.group().contains(">1<"),
                "one person, named, in the report");

        // a learning path to everyone with the role Leder: the leader has it, with the path's courses behind it
        Page toLeaders = admin.submit(admin.get("organisasjon/rapport.xhtml"), "assign-form", Map.of("path",
                "digital-kommunesammenslaing", "deadline", deadline, "assign-role", "LEDER"), "assign");
        assertTrue(toLeaders.contains("er tildelt alle med rollen Leder"), "confirmed for the role");
        long leaders = TestDatabase.count("""
                SELECT count(*) FROM user_account u JOIN user_role r ON r.user_id = u.id JOIN organisation o
                    ON o.id = u.organisation_id
                 WHERE o.organisasjonsnummer = '999999980' AND r.role = 'LEDER' AND u.deactivated_at IS NULL""");
        Matcher pathRow = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*Læringssti: Digital kommunesammenslåing(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(toLeaders.body());
        assertTrue(pathRow.find() && pathRow.group().contains("Rollen Leder") && pathRow.group().contains(">" + leaders + "<"),
                leaders + " leaders in the path's row");
        FacesClient leader = client();
        leader.logIn("leder@demo.laeringsarena.no", DemoData.PASSWORD);
        assertTrue(leader.get("min-side.xhtml").contains("kurs/laeringssti.xhtml?key=digital-kommunesammenslaing"),
                "the leader's Mine kurs links the learning path");
        assertTrue(!minSide(nils).contains("Læringssti: Digital kommunesammenslåing"), "a learner without the role has not");
        String pathMail = awaitQueued("leder@demo.laeringsarena.no",
                "Tildelt av organisasjonen din: «Digital kommunesammenslåing»");
        assertTrue(pathMail.contains("læringsstien") && pathMail.contains("kurs/laeringssti.xhtml?key=digital-kommunesammenslaing"),
                "the mail speaks of the learning path: " + pathMail);
    }

    @Test
    void theSystemAdministratorSeesPlatformUseWeekByWeekWithTheFiguresOfTheDatabase() throws Exception {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Oslo")).with(java.time.temporal.TemporalAdjusters
                .previousOrSame(java.time.DayOfWeek.MONDAY));
        String searchesThisWeek = "SELECT coalesce(sum(searches), 0) FROM search_usage_day WHERE day >= ?";
        long before = TestDatabase.count(searchesThisWeek, java.sql.Date.valueOf(monday));
        // a search through the API counts (nothing about who or what is kept), written within a minute
        assertTrue(client().download("api/search?q=arkiv").status() != 404, "the search API answers");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (TestDatabase.count(searchesThisWeek, java.sql.Date.valueOf(monday)) <= before && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        long searches = TestDatabase.count(searchesThisWeek, java.sql.Date.valueOf(monday));
        assertTrue(searches > before, "the search was counted");

        FacesClient admin = client();
        admin.logIn("systemadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        Page page = admin.get("admin/bruk.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.contains("id=\"active-chart\"") && page.contains("id=\"searches-chart\""), "charts");
        String since = "CAST(? AS timestamp) AT TIME ZONE 'Europe/Oslo'";
        java.sql.Date from = java.sql.Date.valueOf(monday);
        long active = TestDatabase.count("SELECT count(DISTINCT actor_id) FROM audit_event WHERE event_type = "
                + "'LOGIN_SUCCEEDED' AND occurred_at >= " + since, from);
        long completions = TestDatabase.count("SELECT count(*) FROM enrolment WHERE completed_at >= " + since, from);
        long posts = TestDatabase.count("SELECT (SELECT count(*) FROM forum_thread WHERE created_at >= " + since
                + ") + (SELECT count(*) FROM forum_reply WHERE created_at >= " + since + ")", from, from);
        assertTrue(active >= 1, "the administrator's own login counts");
        // the table has twelve weeks, the current one last; its figures are the database's
        assertEquals(List.of(active, completions, searches, posts), List.of(cell(page, 11, "active"),
                cell(page, 11, "completions"), cell(page, 11, "searches"), cell(page, 11, "forum")));
        Page year = admin.get("admin/bruk.xhtml?uker=52");
        assertEquals(active, cell(year, 51, "active"), "a year: the current week is the 52nd row");
        assertEquals(200, admin.get("admin/bruk.xhtml?uker=ikke-et-tall").status(), "a bad period is no error page");
    }

    private static long cell(Page page, int row, String column) {
        Matcher cell = Pattern.compile("id=\"usage:" + row + ":" + column + "\">(\\d+)<").matcher(page.body());
        assertTrue(cell.find(), "row " + row + " column " + column);
        return Long.parseLong(cell.group(1));
    }

    /**
     * The text of the first mail queued for {@code email} with a subject starting so, waiting up to 60 s for the
     * assignment sweep (the outbox is the durable record; sending it is the mail timer's business, tested elsewhere).
     */
    private static String awaitQueued(String email, String subjectStart) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                    "SELECT body_text FROM mail_outbox WHERE lower(recipient) = lower(?) AND subject LIKE ? ORDER BY id")) {
                query.setString(1, email);
                query.setString(2, subjectStart + "%");
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail '" + subjectStart + "' queued for " + email + " within 60 s");
            }
            Thread.sleep(1_000);
        }
    }

    private static long queued(String email, String subjectStart) throws Exception {
        return TestDatabase.count("SELECT count(*) FROM mail_outbox WHERE lower(recipient) = lower(?) AND subject LIKE ?",
                email, subjectStart + "%");
    }

    private void register(String email, String name) throws Exception {
        register(email, name, "999999980");
    }

    private void register(String email, String name, String orgnr) throws Exception {
        FacesClient member = client();
        member.submit(member.get("registrer.xhtml"), "registration-form", Map.of("name", name, "email", email,
                "password", "et langt passord", "password2", "et langt passord", "orgnr", orgnr), "submit");
    }

    private String minSide(String email) throws Exception {
        FacesClient person = client();
        person.logIn(email, "et langt passord");
        return person.get("min-side.xhtml").body();
    }

    private static Row findRow(Sheet sheet, String text, int column) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && text.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in sheet " + sheet.getSheetName());
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
                              WHERE o.organisasjonsnummer = '999999980' AND u.deactivated_at IS NULL),
                            (SELECT count(*) FROM enrolment e JOIN user_account u ON u.id = e.user_id
                              JOIN organisation o ON o.id = u.organisation_id JOIN course c ON c.id = e.course_id
                              WHERE o.organisasjonsnummer = '999999980' AND c.course_key = ? AND e.completed_at IS NOT NULL
                                AND u.deactivated_at IS NULL)""")) {
            query.setString(1, COURSE);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }
}
