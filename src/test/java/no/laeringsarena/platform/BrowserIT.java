package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Accessibility;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person sees in a real (headless) Chromium: the home page, the language switch, logging in. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a click that submits a form replaces the page under the test's feet: look again instead of failing
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homePageSpeaksBokmalAndSwitchesLanguageRememberingTheChoice() throws Exception {
        browser.get(base + "index.xhtml");
        assertEquals("nb", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.cssSelector("nav.la-mainnav")).getText().contains("Verktøykasse"));
        assertTrue(browser.findElement(By.cssSelector("footer")).getText().contains("Tilgjengelighetserklæring"));
        Browsers.screenshot(browser, "home-nb");

        clickButton("English");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(browser.findElement(By.cssSelector("nav.la-mainnav")).getText().contains("Toolbox"));

        browser.get(base + "kurs.xhtml");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Courses"));

        clickButton("Nynorsk");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nn"));
        assertTrue(browser.findElement(By.cssSelector("nav.la-mainnav")).getText().contains("Mi side"));
    }

    @Test
    void aDemoUserLogsInWithTheKeyboardAndSeesMinSide() throws Exception {
        browser.get(base + "index.xhtml");
        // the skip link is the first thing a keyboard reaches
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertTrue(focused.getAttribute("class").contains("la-skip-link"), "skip link first in tab order");

        browser.findElement(By.id("login-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form:email")));
        browser.findElement(By.id("login-form:email")).sendKeys(DemoData.USERS.get(0).email());
        WebElement password = browser.findElement(By.id("login-form:password"));
        password.sendKeys(DemoData.PASSWORD);
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        assertTrue(browser.findElement(By.id("my-name")).getText().contains("Dina Deltaker"));
        Browsers.screenshot(browser, "min-side");

        browser.findElement(By.id("account:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
        browser.get(base + "min-side.xhtml");
        wait.until(ExpectedConditions.urlContains("logg-inn.xhtml"));

        browser.manage().window().setSize(new Dimension(375, 800));
        browser.get(base + "index.xhtml");
        long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling at phone width, overflow " + overflow + " px");
        clickButton(browser.findElement(By.id("preferences:theme-toggle")).getAttribute("value"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-theme", "dark"));
        Browsers.screenshot(browser, "home-phone-dark");
    }

    @Test
    void aParticipantSignsUpInTheBrowserAndTheJoinLinkAppearsFifteenMinutesBeforeTheStart() throws Exception {
        try (java.sql.Connection c = no.laeringsarena.testsupport.TestDatabase.connect();
             java.sql.PreparedStatement s = c.prepareStatement("""
                     INSERT INTO event (event_key, kind, title, description_md, starts_at, ends_at, registration_deadline,
                                        capacity, join_url, status)
                     VALUES ('it-nettleser-lenke', 'WEBINAR', 'Nettleserwebinar', 'Om lenken.', now() + interval '2 hours',
                             now() + interval '3 hours', now() + interval '1 hour', 5, 'https://webinar.example/nettleser', 'OPEN')
                     ON CONFLICT (event_key) DO NOTHING""")) {
            s.executeUpdate();
        }
        logInAs(DemoData.USERS.get(0).email());
        browser.get(base + "webinar/arrangement.xhtml?key=it-nettleser-lenke");
        assertTrue(browser.findElements(By.id("join-link")).isEmpty(), "no link before signing up");
        browser.findElement(By.id("event-form:register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-later")));
        assertTrue(browser.getPageSource().contains("Du er påmeldt."));
        assertTrue(browser.findElements(By.id("join-link")).isEmpty(), "two hours before: not yet");

        // ten minutes before the start
        try (java.sql.Connection c = no.laeringsarena.testsupport.TestDatabase.connect();
             java.sql.PreparedStatement s = c.prepareStatement("""
                     UPDATE event SET starts_at = now() + interval '10 minutes', ends_at = now() + interval '70 minutes',
                                      registration_deadline = now() + interval '5 minutes'
                     WHERE event_key = 'it-nettleser-lenke'""")) {
            s.executeUpdate();
        }
        browser.navigate().refresh();
        WebElement join = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-link")));
        assertEquals("https://webinar.example/nettleser", join.getAttribute("href"));
        Browsers.screenshot(browser, "webinar-join-link");
        assertEquals(List.of(), Accessibility.seriousViolations(browser));
    }

    @Test
    void aFirstTimeUserIsOfferedTheTourStepsThroughItAndCanTakeItAgainFromTheFooter() throws Exception {
        String email = "omvisning-" + java.util.UUID.randomUUID() + "@it.laeringsarena.no";
        try (java.sql.Connection c = no.laeringsarena.testsupport.TestDatabase.connect();
             java.sql.PreparedStatement s = c.prepareStatement("""
                     WITH u AS (INSERT INTO user_account (email, display_name, password_hash)
                                SELECT ?, 'Ny Bruker', password_hash FROM user_account WHERE email = ? RETURNING id)
                     INSERT INTO user_role (user_id, role) SELECT id, 'DELTAKER' FROM u""")) {
            s.setString(1, email);
            s.setString(2, DemoData.USERS.get(0).email());
            s.executeUpdate();
        }
        logInAs(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tour-start"))).click();
        WebElement dialog = browser.findElement(By.id("la-tour"));
        wait.until(d -> dialog.getAttribute("open") != null);
        WebElement progress = dialog.findElement(By.className("la-tour-progress"));
        assertEquals("Steg 1 av 6", progress.getText());
        assertEquals("Velkommen til Læringsarena", browser.switchTo().activeElement().getText(), "focus on the step");
        assertEquals(List.of(), Accessibility.seriousViolations(browser));
        Browsers.screenshot(browser, "tour-open");

        dialog.findElement(By.cssSelector("[data-tour-next]")).click();
        assertEquals("Steg 2 av 6", progress.getText());
        assertEquals("Kurs", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> dialog.getAttribute("open") == null);

        browser.findElement(By.id("tour-offer-form:decline")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tour-offer")));
        browser.get(base + "min-side.xhtml");
        assertTrue(browser.findElements(By.id("tour-offer")).isEmpty(), "declined: no longer offered");

        browser.get(base + "kurs.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tour-replay"))).click();
        WebElement again = browser.findElement(By.id("la-tour"));
        wait.until(d -> again.getAttribute("open") != null);
        assertEquals("Steg 1 av 6", again.findElement(By.className("la-tour-progress")).getText());
    }

    /** Every page type a guest and a logged-in user reach, in light and dark theme and at phone width. */
    static final List<String> PUBLIC_PAGES = List.of("index.xhtml", "kurs.xhtml", "timeplan.xhtml", "webinarer.xhtml",
            "forum.xhtml", "verktoykasse.xhtml", "sok.xhtml", "logg-inn.xhtml", "logg-inn.xhtml?oidcFeil=state", "registrer.xhtml",
            "tilgjengelighet.xhtml", "personvern.xhtml", "kontakt.xhtml", "finnes-ikke.xhtml", "invitasjon.xhtml?token=ukjent",
            "kurs.xhtml?format=NETTKURS", "kurs/kurs.xhtml?key=hva-ma-virke-pa-dag-en",
            "kurs/leksjon.xhtml?kurs=hva-ma-virke-pa-dag-en&leksjon=rod-og-gul",
            "kurs/leksjon.xhtml?kurs=hva-ma-virke-pa-dag-en&leksjon=hva-kommer-forst",
            "kurs/leksjon.xhtml?kurs=arkiv-data-og-apne-saker&leksjon=avslutningstest",
            "kurs/laeringssti.xhtml?key=digital-kommunesammenslaing", "kursbevis/verifiser.xhtml?kode=ABCDEFGHJK",
            "forum/kategori.xhtml?key=anskaffelser-og-avtaler", "forum/kategori.xhtml?key=nettverk-for-prosjektledere",
            "verktoykasse.xhtml", "verktoy.xhtml?key=brukerreise-byggesoknad",
            "verktoy.xhtml?key=sjekkliste-digital-sammenslaing", "sok.xhtml?q=kravspek", "sok.xhtml?q=xyzzyqq",
            "webinar/arrangement.xhtml?key=fagdag-digital-sammenslaing", "forum/systemer.xhtml",
            "forum/systemer.xhtml?system=Elements+Sak", "avmelding.xhtml?token=ukjent", "konto-slettet.xhtml",
            "forum.xhtml?tag=avtaler", "forum/kategori.xhtml?key=anskaffelser-og-avtaler&tag=avtaler");
    static final List<String> LOGGED_IN_PAGES = List.of("min-side.xhtml", "min-side/laeringshistorikk.xhtml",
            "admin/organisasjoner.xhtml", "admin/lrs-klienter.xhtml", "webinar/arrangement.xhtml?key=arkiv-i-nye-kommuner",
            "test/test.xhtml?key=gevinstrealisering-test", "forum/moderering.xhtml",
            "forum/kategori.xhtml?key=om-fellesskapet",
            "admin/sokeindeks.xhtml", "verktoy.xhtml?key=kravspesifikasjon-helsesystemer",
            "verktoy-rediger.xhtml", "verktoy-rediger.xhtml?key=geointegrasjon",
            "verktoy-versjoner.xhtml?key=geointegrasjon", "min-side/varsler.xhtml", "forum/kategori.xhtml?key=prosjektideer",
            "test/test.xhtml?key=kartlegging-digital-kompetanse", "test/resultater.xhtml?key=gevinstrealisering-test",
            "admin/e-post.xhtml", "webinar/oppfolging.xhtml?key=arkiv-i-nye-kommuner",
            "redaksjon/synonymer.xhtml", "redaksjon/kunngjoringer.xhtml", "admin/revisjonslogg.xhtml",
            "admin/slett-bruker.xhtml", "min-side/slett-konto.xhtml", "admin/bruk.xhtml", "admin/bruk.xhtml?uker=52",
            "test/test.xhtml?key=arkiv-data-og-apne-saker-test", "test/resultater.xhtml?key=arkiv-data-og-apne-saker-test");

    @Test
    void everyPageHasNoSeriousAccessibilityProblemsInEitherThemeOrAtPhoneWidth() throws Exception {
        List<String> problems = new ArrayList<>();
        checkPages(PUBLIC_PAGES, "light", problems);
        logInAs(DemoData.USERS.get(4).email());
        checkPages(List.of("organisasjon/rapport.xhtml", "organisasjon/ansatte.xhtml", "min-side.xhtml", "organisasjon/systemer.xhtml",
                "organisasjon/scim.xhtml"), "light", problems);
        logInAs(DemoData.USERS.get(5).email());
        checkPages(LOGGED_IN_PAGES, "light", problems);
        List<String> authoringPages = authoringPages();
        checkPages(authoringPages, "light", problems);
        // a seed thread as a moderator sees it (every tool shown), its edit form and its edit history
        long seedThread = TestDatabase.count("SELECT min(id) FROM forum_thread WHERE seed_key IS NOT NULL");
        List<String> threadPages = List.of("forum/trad.xhtml?id=" + seedThread, "forum/rediger.xhtml?id=" + seedThread,
                "forum/historikk.xhtml?id=" + seedThread);
        checkPages(threadPages, "light", problems);
        browser.get(base + "index.xhtml");
        clickButton(browser.findElement(By.id("preferences:theme-toggle")).getAttribute("value"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-theme", "dark"));
        checkPages(PUBLIC_PAGES, "dark", problems);
        checkPages(LOGGED_IN_PAGES, "dark", problems);
        checkPages(authoringPages, "dark", problems);
        checkPages(threadPages, "dark", problems);
        browser.manage().window().setSize(new Dimension(375, 800));
        checkPages(List.of("index.xhtml", "forum.xhtml", "registrer.xhtml", "min-side.xhtml", "sok.xhtml?q=sjekkliste",
                "verktoy.xhtml?key=sjekkliste-digital-sammenslaing", "kurs/kurs.xhtml?key=hva-ma-virke-pa-dag-en",
                "webinarer.xhtml", "webinar/arrangement.xhtml?key=felleskomponenter-na-og-fremover"),
                "phone-dark", problems);
        assertEquals(List.of(), problems);
    }

    /** The course editor's pages (the system administrator may edit every course), on a seed course with an active lesson. */
    private static List<String> authoringPages() throws java.sql.SQLException {
        String course = "hva-ma-virke-pa-dag-en";
        long lesson = no.laeringsarena.testsupport.TestDatabase.count("SELECT l.id FROM lesson l JOIN course_module m ON m.id = l.module_id"
                + " JOIN course c ON c.id = m.course_id WHERE c.course_key = ? AND l.lesson_key = 'hva-kommer-forst'", course);
        long module = no.laeringsarena.testsupport.TestDatabase.count("SELECT min(m.id) FROM course_module m JOIN course c ON c.id = m.course_id"
                + " WHERE c.course_key = ?", course);
        return List.of("kursholder/mine-kurs.xhtml", "kursholder/kurs.xhtml?key=" + course,
                "kursholder/leksjon.xhtml?kurs=" + course + "&leksjon=" + lesson,
                "kursholder/leksjon.xhtml?kurs=" + course + "&modul=" + module,
                "kursholder/arrangementer.xhtml", "kursholder/arrangement.xhtml", "kursholder/statistikk.xhtml?key=" + course,
                "kursholder/fritak.xhtml?key=" + course);
    }

    @Test
    void theAccessibilityCheckItselfCatchesAnUnlabelledFieldAndPoorContrast() {
        browser.get("data:text/html;charset=utf-8,<html lang='nb'><head><title>x</title></head><body><main>"
                + "<p style='color:%23bbb;background:%23fff'>lite kontrast</p><input type='text'></main></body></html>");
        List<String> found = Accessibility.seriousViolations(browser);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("label")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("color-contrast")), found.toString());
    }

    private void checkPages(List<String> pages, String variant, List<String> problems) {
        for (String page : pages) {
            browser.get(base + page);
            Accessibility.seriousViolations(browser).forEach(v -> problems.add(variant + " " + page + ": " + v));
        }
    }

    private void logInAs(String email) {
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("login-form:email")).sendKeys(email);
        browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
    }

    private void clickButton(String label) {
        WebElement button = browser.findElements(By.cssSelector("input[type=submit], button")).stream()
                .filter(b -> label.equals(b.getAttribute("value")) || label.equals(b.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
        button.click();
    }
}
