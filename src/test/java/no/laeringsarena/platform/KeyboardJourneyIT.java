package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main journeys with a keyboard alone, as a person who cannot use a mouse takes them: every control is reached
 * with Tab and used with Enter, Space or typing — never clicked. Register, find a course, take a lesson, answer a
 * test question, sign up for a webinar and start a forum thread.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardJourneyIT {

    /** More Tab presses than any page needs to reach a control; beyond it a control counts as unreachable. */
    private static final int MAX_TABS = 300;

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
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonWithOnlyAKeyboardRegistersTakesALessonAnswersATestSignsUpAndPosts() throws Exception {
        // register, then log in
        String email = "tove." + UUID.randomUUID() + "@example.no";
        browser.get(base + "registrer.xhtml");
        tabTo(By.id("registration-form:name"), "name").sendKeys("Tove Tastatur");
        tabTo(By.id("registration-form:email"), "e-mail").sendKeys(email);
        tabTo(By.id("registration-form:password"), "password").sendKeys("et langt passord");
        WebElement repeat = tabTo(By.id("registration-form:password2"), "password again");
        repeat.sendKeys("et langt passord");
        repeat.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("logg-inn.xhtml"));
        tabTo(By.id("login-form:email"), "login e-mail").sendKeys(email);
        WebElement password = tabTo(By.id("login-form:password"), "login password");
        password.sendKeys("et langt passord");
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));

        // find a course through the main menu and the catalogue, and start it
        press(tabTo(By.xpath("//nav[contains(@class,'la-mainnav')]//a[normalize-space()='Kurs']"), "the Kurs menu item"),
                Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("kurs.xhtml"));
        press(tabTo(By.xpath("//a[normalize-space()='Hva må virke på dag én?']"), "the course in the catalogue"), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("kurs/kurs.xhtml"));
        press(tabTo(By.id("course-form:start"), "Start"), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("leksjon.xhtml"));
        String firstLesson = browser.findElement(By.id("lesson-title")).getText();
        press(tabTo(By.id("lesson-form:complete"), "Fullfør leksjonen"), Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("lesson-title")).getText().equals(firstLesson));
        Browsers.screenshot(browser, "keyboard-lesson");

        // answer the first question of a test and go on to the next
        browser.get(base + "test/test.xhtml?key=gevinstrealisering-test");
        press(tabTo(By.id("test-form:start"), "Start testen"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question-number")));
        String numberBefore = browser.findElement(By.id("question-number")).getText();
        WebElement answer = tabTo(By.cssSelector("[id='test-form:question'] input:not([type=hidden]), "
                + "[id='test-form:question'] textarea, [id='test-form:question'] select"), "the first answer");
        if ("radio".equals(answer.getAttribute("type")) || "checkbox".equals(answer.getAttribute("type"))) {
            answer.sendKeys(Keys.SPACE);
            assertTrue(answer.isSelected(), "Space chooses an option");
        } else {
            answer.sendKeys("1");
        }
        press(tabTo(By.id("test-form:next"), "Neste"), Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("question-number")).getText().equals(numberBefore));
        assertNotEquals(numberBefore, browser.findElement(By.id("question-number")).getText());

        // sign up for a webinar
        browser.get(base + "webinar/arrangement.xhtml?key=felleskomponenter-na-og-fremover");
        press(tabTo(By.cssSelector("[id$=':register']"), "Meld deg på"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':cancel']")));
        Browsers.screenshot(browser, "keyboard-webinar");

        // start a thread in the forum
        browser.get(base + "forum/kategori.xhtml?key=om-fellesskapet");
        String title = "Tastaturtråd " + UUID.randomUUID().toString().substring(0, 8);
        tabTo(By.id("thread-form:title"), "the thread title").sendKeys(title);
        tabTo(By.id("thread-form:body"), "the thread text").sendKeys("Skrevet uten mus, bare med tastaturet.");
        press(tabTo(By.id("thread-form:start"), "Start tråden"), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("trad.xhtml"));
        Browsers.screenshot(browser, "keyboard-forum");
        String heading = browser.findElement(By.cssSelector("main h1")).getText();
        assertTrue(heading.contains(title), "the new thread is shown, heading: " + heading);
    }

    /** Presses Tab from wherever the focus is until the control has it; fails if Tab never gets there. */
    private WebElement tabTo(By target, String what) {
        WebElement wanted = wait.until(ExpectedConditions.presenceOfElementLocated(target));
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (active.equals(wanted)) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError(what + " cannot be reached with the Tab key on " + browser.getCurrentUrl());
    }

    private static void press(WebElement focused, Keys key) {
        focused.sendKeys(key);
    }
}
