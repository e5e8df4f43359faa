package no.laeringsarena.identity;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The shipped war on a real Payara Micro and a real PostgreSQL: the schema Flyway made, the seed content the
 * importer loaded, registration, login, throttling, and pages refused to the wrong role — as a browser sees them.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private FacesClient browser() throws Exception {
        return new FacesClient(base.toURI(), "nb-NO,nb;q=0.9");
    }

    @Test
    void flywayHasMigratedTheSchema() throws Exception {
        try (Connection db = database();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertTrue(versions.containsAll(List.of("1", "2")), "migrations applied: " + versions);
        }
        assertEquals(1, count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'user_account'"));
    }

    @Test
    void theSeedContentIsImportedOnceAndShownInTheForum() throws Exception {
        assertEquals(17, count("SELECT count(*) FROM forum_category"), "the 17 forum categories from content/");
        assertEquals(1, count("SELECT count(*) FROM taxonomy_term WHERE kind = 'SECTOR' AND term_key = 'helse-og-velferd'"));
        Page forum = browser().get("forum.xhtml");
        assertTrue(forum.contains("Prosjektidéer"), "categories listed on the forum page");
        assertTrue(forum.contains("Kommunesammenslåing – erfaringer"));
        Page english = browser().withChosenLanguage("en").get("forum.xhtml");
        assertTrue(english.contains("Project ideas"), "names in the visitor's language");
    }

    @Test
    void aNewUserRegistersLogsInAndSeesMinSide() throws Exception {
        FacesClient browser = browser();
        String email = "ny." + UUID.randomUUID() + "@kommune.no";
        Page form = browser.get("registrer.xhtml");
        Page done = browser.submit(form, "registration-form", Map.of(
                "name", "Nora Nyansatt", "email", email, "password", "et langt passord",
                "password2", "et langt passord", "orgnr", "999 999 980"), "submit");
        assertTrue(done.uri().getPath().endsWith("logg-inn.xhtml"), "sent to login after registering: " + done.uri());
        assertTrue(done.contains("Kontoen er opprettet"), "confirmation shown");

        String sessionBefore = browser.sessionId().orElse("");
        Page mine = browser.logIn(email.toUpperCase(), "et langt passord");
        assertTrue(mine.uri().getPath().endsWith("min-side.xhtml"), "lands on Min side: " + mine.uri());
        assertTrue(mine.contains("Nora Nyansatt"), "Min side greets the new user");
        assertTrue(mine.contains("Demo kommune"), "linked to the organisation given by organisation number");
        assertTrue(mine.contains("Deltaker"), "registered as deltaker");
        assertNotEquals(sessionBefore, browser.sessionId().orElse(""), "session id renewed at login");
    }

    @Test
    void onePersonLoggingInFromSixPlacesAtOnceGetsInEverywhere() throws Exception {
        // two tabs or devices at the same moment: none of the logins may fail on the account's last-login time
        String email = DemoData.USERS.get(2).email();
        java.util.List<java.util.concurrent.Callable<Page>> logins = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FacesClient device = browser();
            logins.add(() -> device.logIn(email, DemoData.PASSWORD));
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (var done : pool.invokeAll(logins)) {
                Page landed = done.get();
                assertTrue(landed.uri().getPath().endsWith("min-side.xhtml"), "logged in: " + landed.uri());
            }
        }
    }

    @Test
    void registrationRefusesBadInputAndSavesNothing() throws Exception {
        FacesClient browser = browser();
        String email = "feil." + UUID.randomUUID() + "@kommune.no";
        Page refused = browser.submit(browser.get("registrer.xhtml"), "registration-form", Map.of(
                "name", "Frida Feil", "email", email, "password", "et langt passord",
                "password2", "et langt passord", "orgnr", "123456789"), "submit");
        assertTrue(refused.contains("Organisasjonsnummeret er ikke gyldig"), "invalid orgnr explained");
        assertEquals(0, count("SELECT count(*) FROM user_account WHERE email = ?", email), "nothing saved");

        Page unknownOrg = browser.submit(browser.get("registrer.xhtml"), "registration-form", Map.of(
                "name", "Frida Feil", "email", "ukjent." + email, "password", "et langt passord",
                "password2", "et langt passord", "orgnr", "974760673"), "submit");
        assertTrue(unknownOrg.contains("Vi fant ingen kommune"), "unknown organisation explained");
        assertEquals(0, count("SELECT count(*) FROM user_account WHERE email = ?", "ukjent." + email), "nothing saved");

        Page duplicate = browser.submit(browser.get("registrer.xhtml"), "registration-form", Map.of(
                "name", "Dina To", "email", DemoData.USERS.get(0).email(), "password", "et langt passord",
                "password2", "et langt passord", "orgnr", ""), "submit");
        assertTrue(duplicate.contains("Det finnes allerede en konto med denne e-postadressen"), "duplicate e-mail explained");
        assertEquals(1, count("SELECT count(*) FROM user_account WHERE email = ?", DemoData.USERS.get(0).email()));

        Page corrected = browser.submit(refused, "registration-form", Map.of(
                "name", "Frida Feil", "email", email, "password", "et langt passord",
                "password2", "et langt passord", "orgnr", ""), "submit");
        assertTrue(corrected.contains("Kontoen er opprettet"), "correcting the form on the page that showed the errors works");

        FacesClient english = browser().withChosenLanguage("en");
        Page shortPassword = english.submit(english.get("registrer.xhtml"), "registration-form", Map.of(
                "name", "Eve", "email", email, "password", "short", "password2", "short", "orgnr", ""), "submit");
        assertTrue(shortPassword.contains("The password must have at least 10 characters"), "in the user's language");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameClearMessage() throws Exception {
        FacesClient browser = browser();
        Page wrong = browser.logIn(DemoData.USERS.get(1).email(), "feil passord her");
        assertTrue(wrong.contains("Feil e-postadresse eller passord"));
        Page unknown = browser.logIn("finnes.ikke@kommune.no", "feil passord her");
        assertTrue(unknown.contains("Feil e-postadresse eller passord"));
        assertFalse(unknown.uri().getPath().endsWith("min-side.xhtml"));
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() throws Exception {
        FacesClient browser = browser();
        String email = "treg." + UUID.randomUUID() + "@kommune.no";
        browser.submit(browser.get("registrer.xhtml"), "registration-form", Map.of("name", "Tor Treg",
                "email", email, "password", "riktig passord 1", "password2", "riktig passord 1", "orgnr", ""), "submit");
        for (int i = 0; i < 5; i++) {
            assertTrue(browser.logIn(email, "galt passord " + i).contains("Feil e-postadresse eller passord"));
        }
        Page blocked = browser.logIn(email, "riktig passord 1");
        assertTrue(blocked.contains("For mange mislykkede forsøk"), "throttled");
        assertFalse(blocked.uri().getPath().endsWith("min-side.xhtml"));
    }

    @Test
    void pagesAreRefusedToTheWrongRole() throws Exception {
        Page guest = browser().get("admin/organisasjoner.xhtml");
        assertTrue(guest.uri().getPath().endsWith("logg-inn.xhtml"), "a guest is sent to login: " + guest.uri());

        FacesClient learner = browser();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        Page refused = learner.get("admin/organisasjoner.xhtml");
        assertEquals(403, refused.status());
        assertTrue(refused.contains("Ingen tilgang"), "a clear page, no stack trace");
        assertFalse(refused.contains("Caused by") || refused.contains("at no.laeringsarena."), "no stack trace");

        FacesClient admin = browser();
        admin.logIn(DemoData.USERS.get(5).email(), DemoData.PASSWORD);
        Page allowed = admin.get("admin/organisasjoner.xhtml");
        assertEquals(200, allowed.status());
        assertTrue(allowed.contains("Demo fylkeskommune"), "the organisation list");

        Page invalid = admin.submit(allowed, "org-form", Map.of("name", "Ugyldig kommune", "kind", "KOMMUNE",
                "knr", "12", "orgnr", "111111112"), "add");
        assertTrue(invalid.contains("Kommunenummeret skal ha fire siffer"));
        assertTrue(invalid.contains("Organisasjonsnummeret er ikke gyldig"));
        assertEquals(0, count("SELECT count(*) FROM organisation WHERE name = ?", "Ugyldig kommune"));
    }

    @Test
    void readinessReportsDatabaseAndSearch() throws Exception {
        URI health = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"search\""), ready.body());
    }

    @Test
    void pagesAndApisCarryStrictSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(base.toURI().resolve("index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        String scriptSrc = csp.replaceAll(".*script-src([^;]*).*", "$1");
        assertFalse(scriptSrc.contains("unsafe-eval") || scriptSrc.contains("*") || scriptSrc.contains("http"),
                "scripts only from the site itself, no eval: " + csp);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(home.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(home.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");

        HttpResponse<String> behindTls = http.send(HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(behindTls.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
    }

    @Test
    void aMomentaryDatabaseOutageShowsAClearPageAndTheSiteRecoversWithoutRestart() throws Exception {
        // from another database of the same server: PostgreSQL will not lock out the database one is connected to
        String appDatabaseUrl = System.getProperty("db.url");
        String otherDatabaseUrl = appDatabaseUrl.replaceFirst("/[^/?]+(\\?|$)", "/template1$1");
        String appDatabase = appDatabaseUrl.replaceFirst(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection admin = DriverManager.getConnection(otherDatabaseUrl, System.getProperty("db.user"),
                System.getProperty("db.password")); Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + appDatabase + " ALLOW_CONNECTIONS false");
            try {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE pid <> pg_backend_pid() AND datname = '" + appDatabase + "'");
                Page during = browser().get("forum.xhtml");
                assertTrue(during.status() >= 500, "an error status while the database is away: " + during.status());
                assertTrue(during.contains("Noe gikk galt"), "a clear page in the user's language");
                assertFalse(during.contains("Caused by") || during.contains("at org."), "no stack trace");
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, ready.statusCode(), "not ready without a database: " + ready.body());
            } finally {
                sql.execute("ALTER DATABASE " + appDatabase + " ALLOW_CONNECTIONS true");
            }
        }
        Page after = null;
        for (int attempt = 0; attempt < 20 && (after == null || after.status() != 200); attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 500);
            after = browser().get("forum.xhtml");
        }
        assertEquals(200, after.status(), "the site recovers by itself");
        assertTrue(after.contains("Prosjektidéer"));
    }

    private URI health() {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

}
