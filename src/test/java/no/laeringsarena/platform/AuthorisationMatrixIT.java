package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.identity.Role;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role, and a guest, against every protected page, download and export: a guest is sent to log in, a logged-in
 * person without the role gets 403, and the roles that may see it get the page. Then the holes a matrix of pages
 * cannot show: someone else's kursbevis, a unit outside a leader's reach, and the xAPI endpoint with a session cookie.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    /** Who asks: a guest, or the demo user of a role. */
    enum Who {
        GUEST(null), DELTAKER(Role.DELTAKER), KURSHOLDER(Role.KURSHOLDER), REDAKTOR(Role.REDAKTOR),
        MODERATOR(Role.MODERATOR), LEDER(Role.LEDER), VIRKSOMHETSADMINISTRATOR(Role.VIRKSOMHETSADMINISTRATOR),
        SYSTEMADMINISTRATOR(Role.SYSTEMADMINISTRATOR);

        final Role role;

        Who(Role role) {
            this.role = role;
        }
    }

    private static final Set<Who> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Who.GUEST));

    private record Rule(String path, Set<Who> allowed) {
    }

    private static Rule rule(String path, Set<Who> allowed) {
        return new Rule(path, allowed);
    }

    private static Rule rule(String path, Who first, Who... more) {
        return new Rule(path, EnumSet.of(first, more));
    }

    /** The protected pages and downloads, and who may have them. */
    static final List<Rule> RULES = List.of(
            rule("min-side.xhtml", LOGGED_IN),
            rule("min-side/laeringshistorikk.xhtml", LOGGED_IN),
            rule("min-side/laeringshistorikk.json", LOGGED_IN),
            rule("min-side/varsler.xhtml", LOGGED_IN),
            rule("test/test.xhtml?key=gevinstrealisering-test", LOGGED_IN),
            rule("test/resultater.xhtml?key=gevinstrealisering-test", Who.KURSHOLDER, Who.SYSTEMADMINISTRATOR),
            // a test drawing from its course's question bank: the bank is shown and filled from the trainer's page
            rule("test/test.xhtml?key=arkiv-data-og-apne-saker-test", LOGGED_IN),
            rule("test/resultater.xhtml?key=arkiv-data-og-apne-saker-test", Who.KURSHOLDER, Who.SYSTEMADMINISTRATOR),
            rule("kursholder/mine-kurs.xhtml", Who.KURSHOLDER, Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("kursholder/arrangementer.xhtml", Who.KURSHOLDER, Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("kursholder/arrangement.xhtml", Who.KURSHOLDER, Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            // a seed course: editors and system administrators edit every course, a course holder only their own
            rule("kursholder/kurs.xhtml?key=hva-ma-virke-pa-dag-en", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("kursholder/statistikk.xhtml?key=hva-ma-virke-pa-dag-en", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("kursholder/fritak.xhtml?key=hva-ma-virke-pa-dag-en", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("verktoy-rediger.xhtml", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("verktoy-versjoner.xhtml?key=geointegrasjon", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("redaksjon/synonymer.xhtml", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("redaksjon/kunngjoringer.xhtml", Who.REDAKTOR, Who.SYSTEMADMINISTRATOR),
            rule("webinar/oppfolging.xhtml?key=arkiv-i-nye-kommuner", Who.KURSHOLDER, Who.SYSTEMADMINISTRATOR),
            rule("forum/moderering.xhtml", Who.MODERATOR, Who.SYSTEMADMINISTRATOR),
            rule("organisasjon/rapport.xhtml", Who.VIRKSOMHETSADMINISTRATOR, Who.LEDER),
            rule("organisasjon/rapport.csv", Who.VIRKSOMHETSADMINISTRATOR, Who.LEDER),
            rule("organisasjon/rapport.xlsx", Who.VIRKSOMHETSADMINISTRATOR, Who.LEDER),
            rule("organisasjon/ansatte.xhtml", Who.VIRKSOMHETSADMINISTRATOR),
            rule("organisasjon/systemer.xhtml", Who.VIRKSOMHETSADMINISTRATOR),
            rule("organisasjon/scim.xhtml", Who.VIRKSOMHETSADMINISTRATOR),
            rule("admin/organisasjoner.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("admin/lrs-klienter.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("admin/sokeindeks.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("admin/e-post.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("admin/revisjonslogg.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("admin/slett-bruker.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("admin/bruk.xhtml", Who.SYSTEMADMINISTRATOR),
            rule("min-side/slett-konto.xhtml", LOGGED_IN),
            rule("min-side/mine-data.zip", LOGGED_IN),
            rule("verktoy/sjekkliste.pdf?key=sjekkliste-digital-sammenslaing", LOGGED_IN),
            rule("verktoy/sjekkliste.xlsx?key=sjekkliste-digital-sammenslaing", LOGGED_IN));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private FacesClient as(Who who) throws Exception {
        FacesClient client = new FacesClient(base.toURI(), "nb");
        if (who.role != null) {
            String email = DemoData.USERS.stream().filter(u -> u.role() == who.role).findFirst().orElseThrow().email();
            assertTrue(client.logIn(email, DemoData.PASSWORD).uri().getPath().endsWith("min-side.xhtml"), "logged in as " + who);
        }
        return client;
    }

    @Test
    void everyRoleGetsExactlyThePagesItsRolesAllow() throws Exception {
        Map<Who, FacesClient> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            clients.put(who, as(who));
        }
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Who who : Who.values()) {
                FacesClient.Page page = clients.get(who).get(rule.path());
                String outcome = outcome(page);
                String expected = rule.allowed().contains(who) ? "allowed" : who == Who.GUEST ? "login" : "forbidden";
                if (!expected.equals(outcome)) {
                    wrong.add(who + " " + rule.path() + ": expected " + expected + ", was " + outcome
                            + " (" + page.status() + " " + page.uri().getPath() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String outcome(FacesClient.Page page) {
        if (page.uri().getPath().endsWith("logg-inn.xhtml")) {
            return "login";
        }
        if (page.status() == 403 || page.contains("<h1>Ingen tilgang</h1>")) {
            return "forbidden";
        }
        return page.status() == 200 ? "allowed" : "status " + page.status();
    }

    @Test
    void nobodyGetsSomeoneElsesKursbevis() throws Exception {
        FacesClient owner = new FacesClient(base.toURI(), "nb");
        String email = "eier." + UUID.randomUUID() + "@example.no";
        owner.submit(owner.get("registrer.xhtml"), "registration-form", Map.of("name", "Eva Eier", "email", email,
                "password", "et langt passord", "password2", "et langt passord", "orgnr", ""), "submit");
        owner.logIn(email, "et langt passord");
        TestDatabase.count("""
                INSERT INTO certificate (user_id, course_id, holder_name, course_title, issued_at, hours, verification_code)
                SELECT u.id, c.id, u.display_name, c.title, now(), 1.0, ? FROM user_account u, course c
                 WHERE u.email = ? AND c.course_key = 'gevinstrealisering' RETURNING id""",
                "T" + UUID.randomUUID().toString().substring(0, 12).toUpperCase().replace("-", ""), email);
        long id = TestDatabase.count("SELECT c.id FROM certificate c JOIN user_account u ON u.id = c.user_id WHERE u.email = ?", email);

        FacesClient.Download own = owner.download("kursbevis/last-ned?id=" + id);
        assertEquals(200, own.status(), "the owner downloads it");
        assertEquals("application/pdf", own.contentType());
        for (Who who : LOGGED_IN) {
            FacesClient.Download other = as(who).download("kursbevis/last-ned?id=" + id);
            assertEquals(404, other.status(), who + " must not get someone else's kursbevis, not even by id");
            assertFalse(other.contentType() != null && other.contentType().startsWith("application/pdf"), who + " got a PDF");
        }
    }

    @Test
    void onlyTheAuthorOrAModeratorOpensTheEditFormOfAPost() throws Exception {
        long seedThread = TestDatabase.count("SELECT min(id) FROM forum_thread WHERE seed_key IS NOT NULL");
        String edit = "forum/rediger.xhtml?id=" + seedThread;
        String guest = outcome(as(Who.GUEST).get(edit));
        assertTrue(guest.equals("login") || guest.equals("forbidden"), "a guest edits nothing: " + guest);
        for (Who who : List.of(Who.DELTAKER, Who.KURSHOLDER, Who.REDAKTOR, Who.VIRKSOMHETSADMINISTRATOR)) {
            assertEquals("forbidden", outcome(as(who).get(edit)), who + " must not edit a post written by someone else");
        }
        assertEquals("allowed", outcome(as(Who.MODERATOR).get(edit)), "a moderator may edit any post");
    }

    @Test
    void aLeaderCannotReachAUnitOutsideTheirOwnByChangingTheId() throws Exception {
        long outside = TestDatabase.count("SELECT min(u.id) FROM organisation_unit u JOIN organisation o ON o.id = "
                + "u.organisation_id WHERE o.organisasjonsnummer = '999999980' AND u.name = 'Oppvekst og utdanning'");
        FacesClient leader = as(Who.LEDER);
        assertEquals("forbidden", outcome(leader.get("organisasjon/rapport.xhtml?enhet=" + outside)));
        assertEquals(403, leader.download("organisasjon/rapport.csv?enhet=" + outside).status());
        assertEquals(403, leader.download("organisasjon/rapport.xlsx?enhet=" + outside).status());
    }

    @Test
    void theLearningRecordStoreIgnoresALoginSessionSoItCannotBeForgedFromAPage() throws Exception {
        FacesClient admin = as(Who.SYSTEMADMINISTRATOR);
        for (String version : List.of("2.0.0", "1.0.3")) {
            var statements = admin.fetch("xapi/statements", Map.of("X-Experience-API-Version", version));
            assertEquals(401, statements.statusCode(), "a session cookie is no LRS credential (" + version + ")");
        }
    }
}
