package no.laeringsarena.privacy;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.laeringsarena.catalog.VerificationCode;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.FacesClient.Page;
import no.laeringsarena.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privacy and audit on the shipped war: a person with activity everywhere downloads their data and finds all of it in
 * the ZIP, then deletes their account — the forum post stays as "Tidligere bruker", the profile and personal rows
 * are gone, the certificate and statements follow the default policies (keep, anonymise), and the audit log holds
 * the logins, the export and the deletion and refuses to be changed. A system administrator deletes someone else and
 * reads the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final Pattern THREAD_ID = Pattern.compile("trad\\.xhtml\\?id=(\\d+)");
    private static final String PASSWORD = "personvern-test-passord-2026";
    private static final int SYSTEMADMIN = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private FacesClient browser() throws Exception {
        return new FacesClient(base.toURI(), "nb-NO,nb;q=0.9");
    }

    private FacesClient registeredAndLoggedIn(String email, String name) throws Exception {
        FacesClient client = browser();
        Page done = client.submit(client.get("registrer.xhtml"), "registration-form", Map.of("name", name, "email", email,
                "password", PASSWORD, "password2", PASSWORD, "orgnr", ""), "submit");
        assertTrue(done.contains("Kontoen er opprettet"), "registered");
        Page in = client.logIn(email, PASSWORD);
        assertEquals(200, in.status());
        return client;
    }

    @Test
    void aPersonDownloadsEverythingAboutThemThenDeletesTheirAccount() throws Exception {
        String email = "personvern-" + UUID.randomUUID().toString().substring(0, 8) + "@kommune.no";
        String wrongPassword = "feil-passord-" + UUID.randomUUID();
        browser().logIn(email, wrongPassword);
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE event_type = 'LOGIN_FAILED' AND target = ? "
                + "AND actor_label = 'anonym'", email), "a failed login is audited with the attempted e-mail");
        assertEquals(0, count("SELECT count(*) FROM audit_event WHERE target LIKE ? OR details LIKE ?",
                "%" + wrongPassword + "%", "%" + wrongPassword + "%"), "never the password");

        FacesClient person = registeredAndLoggedIn(email, "Petra Personvern");
        long userId = count("SELECT id FROM user_account WHERE email = ?", email);
        assertTrue(count("SELECT count(*) FROM audit_event WHERE event_type = 'LOGIN_SUCCEEDED' AND actor_id = ?", userId) >= 1);

        // activity: a forum thread through the page (which also records an xAPI statement), and the rest in the database
        Page thread = person.submit(person.get("forum/kategori.xhtml?key=om-fellesskapet"), "thread-form",
                Map.of("title", "Personvern i praksis", "body", "Hvordan sletter dere **gamle** kontoer?"), "start");
        assertTrue(thread.contains("Tråden er publisert"));
        Matcher m = THREAD_ID.matcher(thread.uri().toString() + thread.body());
        assertTrue(m.find());
        long threadId = Long.parseLong(m.group(1));
        Page replied = person.submit(thread, "reply-form", Map.of("body", "Et svar fra meg selv om arkivet."), "send");
        assertTrue(replied.contains("Svaret er publisert"));
        String certificateCode = VerificationCode.generate();
        long eventId;
        try (Connection db = TestDatabase.connect()) {
            long courseId = single(db, "SELECT id FROM course WHERE course_key = 'hva-ma-virke-pa-dag-en'");
            long enrolmentId = insert(db, "INSERT INTO enrolment (user_id, course_id, registration, started_at) "
                    + "VALUES (?, ?, gen_random_uuid(), now()) RETURNING id", userId, courseId);
            exec(db, "INSERT INTO lesson_progress (enrolment_id, lesson_key, completed_at) VALUES (?, 'rod-og-gul', now())", enrolmentId);
            long testId = single(db, "SELECT id FROM course_test WHERE test_key = 'gevinstrealisering-test'");
            long attemptId = insert(db, "INSERT INTO test_attempt (test_id, user_id, attempt_number, registration, started_at, "
                    + "submitted_at, score, max_score, passed) VALUES (?, ?, 1, gen_random_uuid(), now(), now(), 1, 2, false) "
                    + "RETURNING id", testId, userId);
            exec(db, "INSERT INTO attempt_answer (attempt_id, question_key, response, saved_at) "
                    + "VALUES (?, 'personvern-sporsmal', 'Mitt eget svar om gevinster', now())", attemptId);
            eventId = single(db, "SELECT id FROM event WHERE event_key = 'arkiv-i-nye-kommuner'");
            exec(db, "INSERT INTO event_registration (event_id, user_id, status, created_at, updated_at) "
                    + "VALUES (?, ?, 'REGISTERED', now(), now())", eventId, userId);
            exec(db, "INSERT INTO certificate (user_id, course_id, holder_name, course_title, issued_at, hours, verification_code) "
                    + "VALUES (?, ?, 'Petra Personvern', 'Hva må virke på dag én?', now(), 1.5, ?)", userId, courseId, certificateCode);
            exec(db, "INSERT INTO notification (recipient_id, kind, subject, link, created_at) "
                    + "VALUES (?, 'MENTION', 'Svar på personverntråden', '/forum/trad.xhtml', now())", userId);
            exec(db, "INSERT INTO forum_like (thread_id, user_id, created_at) VALUES (?, ?, now())", threadId, userId);
        }
        String pseudonym = text("SELECT pseudonym::text FROM learner_pseudonym WHERE user_id = ?", userId);
        long statements = count("SELECT count(*) FROM xapi_statement WHERE statement->'actor'->'account'->>'name' = ?", pseudonym);
        assertTrue(statements >= 1, "the forum post became a statement about the person's pseudonym");

        // Last ned mine data
        assertTrue(person.get("min-side.xhtml").contains("Last ned mine data"));
        FacesClient.Download zip = person.download("min-side/mine-data.zip");
        assertEquals(200, zip.status());
        assertEquals("application/zip", zip.contentType());
        Map<String, JsonValue> files = unzip(zip.body());
        assertTrue(files.keySet().containsAll(ExportSection.ALL.stream().map(ExportSection::file).toList()), files.keySet().toString());
        JsonObject profile = files.get("profil.json").asJsonArray().getJsonObject(0);
        assertEquals(email, profile.getString("email"));
        assertFalse(profile.containsKey("password_hash"));
        assertEquals("hva-ma-virke-pa-dag-en", first(files, "kurs-pameldinger.json").getString("course_key"));
        assertEquals("rod-og-gul", first(files, "leksjonsfremdrift.json").getString("lesson_key"));
        assertEquals("gevinstrealisering-test", first(files, "testforsok.json").getString("test_key"));
        assertEquals("Mitt eget svar om gevinster", first(files, "testsvar.json").getString("response"));
        assertEquals("Personvern i praksis", first(files, "forum-trader.json").getString("title"));
        assertEquals("Et svar fra meg selv om arkivet.", first(files, "forum-svar.json").getString("body_md"));
        assertEquals(threadId, first(files, "forum-liker.json").getJsonNumber("thread_id").longValue());
        assertEquals(eventId, count("SELECT id FROM event WHERE event_key = ?", first(files, "arrangementer.json").getString("event_key")));
        assertEquals(certificateCode, first(files, "kursbevis.json").getString("verification_code"));
        assertEquals("Svar på personverntråden", first(files, "varsler.json").getString("subject"));
        JsonArray exported = files.get("xapi-utsagn.json").asJsonArray();
        assertEquals(statements, exported.size(), "every statement about the pseudonym");
        assertEquals(pseudonym, exported.getJsonObject(0).getJsonObject("statement").getJsonObject("actor")
                .getJsonObject("account").getString("name"), "the statement itself, as JSON");
        assertTrue(files.get("revisjonslogg.json").toString().contains("LOGIN_SUCCEEDED"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE event_type = 'PERSONAL_DATA_EXPORTED' AND actor_id = ?", userId));

        // Slett kontoen min: a wrong confirmation deletes nothing
        Page wrong = person.submit(person.get("min-side/slett-konto.xhtml"), "delete-form",
                Map.of("confirm-email", "noen-andre@kommune.no"), "delete");
        assertTrue(wrong.contains("E-postadressen stemmer ikke med kontoen"));
        assertEquals(1, count("SELECT count(*) FROM user_account WHERE id = ?", userId));
        Page confirmPage = person.get("min-side/slett-konto.xhtml");
        assertTrue(confirmPage.contains("Tidligere bruker"), "the page says what happens to forum posts");
        assertTrue(confirmPage.contains("Kursbevisene dine beholdes"), "and which certificate policy applies");
        Page deleted = person.submit(confirmPage, "delete-form", Map.of("confirm-email", email.toUpperCase()), "delete");
        assertTrue(deleted.contains("Kontoen er slettet"), deleted.body());
        assertFalse(person.get("min-side.xhtml").contains("Petra Personvern"), "the session has ended");

        // what remains
        assertEquals(0, count("SELECT count(*) FROM user_account WHERE id = ?", userId), "no profile row");
        assertEquals(0, count("SELECT count(*) FROM enrolment WHERE user_id = ?", userId));
        assertEquals(0, count("SELECT count(*) FROM test_attempt WHERE user_id = ?", userId));
        assertEquals(0, count("SELECT count(*) FROM event_registration WHERE user_id = ?", userId));
        assertEquals(0, count("SELECT count(*) FROM notification WHERE recipient_id = ?", userId));
        assertEquals(0, count("SELECT count(*) FROM forum_like WHERE user_id = ?", userId));
        assertEquals(0, count("SELECT count(*) FROM learner_pseudonym WHERE user_id = ?", userId));
        assertEquals(1, count("SELECT count(*) FROM forum_thread WHERE id = ? AND author_id IS NULL "
                + "AND author_name = 'Tidligere bruker'", threadId), "the post stays, anonymised");
        Page threadNow = browser().get("forum/trad.xhtml?id=" + threadId);
        assertTrue(threadNow.contains("Et svar fra meg selv") && threadNow.contains("Tidligere bruker"),
                "the reply stays, shown as written by a former user");
        assertEquals(1, count("SELECT count(*) FROM forum_reply WHERE thread_id = ? AND author_id IS NULL "
                + "AND author_name = 'Tidligere bruker'", threadId));
        assertFalse(threadNow.contains("Petra Personvern"));
        assertEquals(statements, count("SELECT count(*) FROM xapi_statement WHERE statement->'actor'->'account'->>'name' = ?",
                pseudonym), "statements kept (policy anonymise), with no link left to anyone");
        assertEquals(1, count("SELECT count(*) FROM certificate WHERE verification_code = ? AND user_id IS NULL "
                + "AND revoked_at IS NULL", certificateCode), "certificate kept (policy keep)");
        Page verify = browser().get("kursbevis/verifiser.xhtml?kode=" + certificateCode);
        assertTrue(verify.contains("Kursbeviset er gyldig") && verify.contains("Innehaveren har slettet kontoen sin"));

        // the audit log keeps the deletion, with the account id only, and refuses changes
        String target = "konto " + userId;
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE event_type = 'ACCOUNT_DELETED' AND target = ? "
                + "AND actor_label = ?", target, target));
        try (Connection db = TestDatabase.connect()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> exec(db, "UPDATE audit_event SET details = 'endret' WHERE actor_id = ?", userId));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> exec(db, "DELETE FROM audit_event WHERE actor_id = ?", userId));
        }
        assertTrue(count("SELECT count(*) FROM audit_event WHERE actor_id = ?", userId) >= 3, "login, export, deletion");

        // a system administrator finds the deletion in the audit log
        FacesClient admin = browser();
        admin.logIn(DemoData.USERS.get(SYSTEMADMIN).email(), DemoData.PASSWORD);
        Page log = admin.get("admin/revisjonslogg.xhtml?type=ACCOUNT_DELETED&person=" + userId);
        assertEquals(200, log.status());
        assertTrue(log.contains(target) && log.contains("Konto slettet"), log.body());
        Page none = admin.get("admin/revisjonslogg.xhtml?type=ACCOUNT_DELETED&person=" + userId + "&fra=2001-01-01&til=2001-01-02");
        assertTrue(none.contains("Ingen hendelser passer"));
    }

    @Test
    void aSystemAdministratorDeletesSomeoneElsesAccountAndItIsAudited() throws Exception {
        String email = "slettes-" + UUID.randomUUID().toString().substring(0, 8) + "@kommune.no";
        registeredAndLoggedIn(email, "Sigurd Slettes");
        long userId = count("SELECT id FROM user_account WHERE email = ?", email);
        FacesClient admin = browser();
        admin.logIn(DemoData.USERS.get(SYSTEMADMIN).email(), DemoData.PASSWORD);
        Page mismatch = admin.submit(admin.get("admin/slett-bruker.xhtml"), "admin-delete-form",
                Map.of("email", email, "email-repeated", "annen@kommune.no"), "delete");
        assertTrue(mismatch.contains("stemmer ikke"));
        assertEquals(1, count("SELECT count(*) FROM user_account WHERE id = ?", userId));
        Page done = admin.submit(admin.get("admin/slett-bruker.xhtml"), "admin-delete-form",
                Map.of("email", email, "email-repeated", email), "delete");
        assertTrue(done.contains("Konto " + userId + " er slettet"), done.body());
        assertEquals(0, count("SELECT count(*) FROM user_account WHERE id = ?", userId));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE event_type = 'ACCOUNT_DELETED' AND target = ? AND actor_label = ?",
                "konto " + userId, DemoData.USERS.get(SYSTEMADMIN).email()));
        Page self = admin.submit(admin.get("admin/slett-bruker.xhtml"), "admin-delete-form",
                Map.of("email", DemoData.USERS.get(SYSTEMADMIN).email(), "email-repeated", DemoData.USERS.get(SYSTEMADMIN).email()), "delete");
        assertTrue(self.contains("Din egen konto sletter du fra Min side"));
    }

    @Test
    void thePrivacyStatementSaysWhatIsStoredAndWhichCookiesExist() throws Exception {
        Page statement = browser().get("personvern.xhtml");
        assertEquals(200, statement.status());
        for (String expected : new String[] {"Konto og profil", "Læringsaktivitet (xAPI)", "Sikkerhet og revisjonslogg",
                "JSESSIONID", "la_lang", "la_theme", "ingen analyseverktøy",
                "sendes ikke til noe eksternt læringsregister", "Kursbevisene dine beholdes"}) {
            assertTrue(statement.contains(expected), expected);
        }
        assertTrue(browser().get("index.xhtml").contains("personvern.xhtml"), "linked from the footer");
    }

    private static JsonObject first(Map<String, JsonValue> files, String file) {
        JsonArray rows = files.get(file).asJsonArray();
        assertFalse(rows.isEmpty(), file + " is empty");
        return rows.getJsonObject(0);
    }

    private static Map<String, JsonValue> unzip(byte[] zip) throws IOException {
        Map<String, JsonValue> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                try (var reader = Json.createReader(new StringReader(json))) {
                    files.put(entry.getName(), reader.readValue());
                }
            }
        }
        return files;
    }

    private static String text(String sql, Object... args) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = prepare(db, sql, args); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, args); ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static long insert(Connection db, String sql, Object... args) throws SQLException {
        return single(db, sql, args);
    }

    private static void exec(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, args)) {
            st.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... args) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }
}
