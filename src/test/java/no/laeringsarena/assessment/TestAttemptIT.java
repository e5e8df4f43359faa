package no.laeringsarena.assessment;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner takes the seeded test of «Digital kommunesammenslåing»: answers are saved as she goes and survive a
 * closed browser (a fresh login resumes the same attempt); she passes; submitting again or replaying the form is
 * refused; an attempt whose deadline has passed (moved back in the database) is refused and submitted by the
 * server; and no question page carries a hint of what is right.
 */
@ExtendWith(ArquillianExtension.class)
class TestAttemptIT {

    private static final String TEST = "test/test.xhtml?key=digital-kommunesammenslaing-test";
    private static final String EMAIL = "deltaker@demo.laeringsarena.no";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** Texts that only the answer key, the option feedback or the explanations contain. */
    private static final List<String> SECRETS = List.of("Riktig: fase 2", "Riktig svar", "Det er fellesnemnda som",
            "ikke en av de fire minsterisikoene", "Fasene er før du starter", "la-correct");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLearnerTakesATestResumesItPassesAndCannotSubmitTwiceOrAfterTheDeadline() throws Exception {
        sql("DELETE FROM test_attempt WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", EMAIL);

        FacesClient guest = new FacesClient(base.toURI(), "nb");
        FacesClient.Page refused = guest.get(TEST);
        assertTrue(refused.uri().toString().contains("logg-inn"), "a guest must log in: " + refused.uri());

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn(EMAIL, DemoData.PASSWORD);
        FacesClient.Page course = dina.get("kurs/kurs.xhtml?key=digital-kommunesammenslaing");
        assertTrue(course.contains("Test – seks faser"), "the course page lists its test");

        FacesClient.Page page = dina.get(TEST);
        assertEquals(200, page.status());
        assertTrue(page.contains("Start testen"), "the intro offers to start");
        page = post(dina, page, Map.of(), "start");
        assertQuestion(page, 1, "Hvor mange faser");
        page = post(dina, page, Map.of("text", List.of(" 6 ")), "next");
        assertQuestion(page, 2, "digitalt målbilde");
        page = post(dina, page, Map.of("single", List.of("b")), "next");
        assertQuestion(page, 3, "Fellesnemnda vedtar");

        // «closing the tab»: a new client logs in again and continues the same attempt at the first unanswered question
        FacesClient again = new FacesClient(base.toURI(), "nb");
        again.logIn(EMAIL, DemoData.PASSWORD);
        page = again.get(TEST);
        assertQuestion(page, 3, "Fellesnemnda vedtar");
        page = post(again, page, Map.of(), "previous");
        assertQuestion(page, 2, "digitalt målbilde");
        assertTrue(Pattern.compile("<input type=\"radio\" checked=\"checked\"[^>]*value=\"b\"").matcher(page.body()).find(),
                "the saved choice is still chosen: " + page.body().substring(Math.max(0, page.body().indexOf("question-text"))));
        assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ?", EMAIL), "one attempt, resumed");
        page = post(again, page, Map.of("single", List.of("b")), "next");
        page = post(again, page, Map.of("truefalse", List.of("true")), "next");
        assertQuestion(page, 4, "ROS-analysen");
        page = post(again, page, Map.of("multiple", List.of("a", "b", "c", "d")), "next");
        assertQuestion(page, 5, "overgangsfasen slutt");
        FacesClient.Page lastQuestion = page;
        page = post(again, page, Map.of("single", List.of("b")), "submit");
        assertTrue(page.contains("Testen er levert"), "submitted");
        assertTrue(page.contains("Bestått"), "all right: passed");
        assertTrue(page.contains("100 %"), page.body());
        assertTrue(page.contains("Riktig svar"), "this test shows the answers after submitting");

        // the replayed form of the last question (submit again) is refused, and nothing changes
        FacesClient.Page replay = post(again, lastQuestion, Map.of("single", List.of("a")), "submit");
        assertTrue(replay.contains("allerede levert"), "a second submit is refused");
        assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND a.passed AND a.submitted_at IS NOT NULL", EMAIL));
        assertTrue(count("SELECT count(*) FROM xapi_statement WHERE verb_id LIKE '%/passed'"
                + " AND object_activity_id LIKE '%digital-kommunesammenslaing-test'") >= 1, "a passed statement");
        assertTrue(count("SELECT count(*) FROM xapi_statement WHERE verb_id LIKE '%/answered'"
                + " AND object_activity_id LIKE '%digital-kommunesammenslaing-test%'") >= 5, "answered per question");

        // a second attempt whose deadline has passed: the answer is refused and the server submits the attempt
        page = again.get(TEST);
        assertTrue(page.contains("Prøv igjen"), "attempts are left");
        page = post(again, page, Map.of(), "start");
        assertQuestion(page, 1, "Hvor mange faser");
        sql("UPDATE test_attempt SET deadline = now() - interval '1 minute' WHERE submitted_at IS NULL"
                + " AND user_id = (SELECT id FROM user_account WHERE email = ?)", EMAIL);
        page = post(again, page, Map.of("text", List.of("6")), "next");
        assertTrue(page.contains("Tiden er ute"), "an answer after the deadline is refused");
        assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND a.auto_submitted AND NOT a.passed", EMAIL), "auto-submitted and failed");
        assertEquals(0, count("SELECT count(*) FROM attempt_answer x JOIN test_attempt a ON a.id = x.attempt_id"
                + " JOIN user_account u ON u.id = a.user_id WHERE u.email = ? AND a.attempt_number = 2", EMAIL),
                "the late answer was not saved");
    }

    @Test
    void inABrowserImmediateFeedbackShowsAfterEachAnswerWhichIsThenFinal() throws Exception {
        String email = "kursholder@demo.laeringsarena.no";
        sql("DELETE FROM test_attempt WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", email);
        WebDriver browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            browser.manage().window().setSize(new Dimension(375, 800));
            browser.get(base + "logg-inn.xhtml");
            browser.findElement(By.id("login-form:email")).sendKeys(email);
            browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD);
            browser.findElement(By.id("login-form:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("logg-inn")));
            browser.get(base + "kurs/kurs.xhtml?key=hva-ma-virke-pa-dag-en");
            browser.findElement(By.linkText("Test – hva må virke på dag én?")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("test-form:start"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 1 av 4"));
            List<WebElement> slots = browser.findElements(By.cssSelector("select[id$=':order']"));
            assertEquals(3, slots.size());
            new Select(slots.get(0)).selectByVisibleText("IKT-infrastruktur");
            new Select(slots.get(1)).selectByVisibleText("Økonomi, regnskap, lønn og personal");
            new Select(slots.get(2)).selectByVisibleText("Arkiv");
            Browsers.screenshot(browser, "test-question-ordering");
            browser.findElement(By.id("test-form:next")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("test-form:immediate-feedback")));
            String feedback = browser.findElement(By.id("test-form:immediate-feedback")).getText();
            assertTrue(feedback.contains("Delvis riktig"), feedback);
            assertTrue(feedback.contains("IKT-infrastruktur → Arkiv → Økonomi"), feedback);
            assertFalse(browser.findElement(By.cssSelector("select[id$=':order']")).isEnabled(), "the answer is final");
            Browsers.screenshot(browser, "test-immediate-feedback");
            browser.findElement(By.id("test-form:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 2 av 4"));
        } finally {
            browser.quit();
        }
    }

    private static void assertQuestion(FacesClient.Page page, int number, String text) {
        assertTrue(page.contains("Spørsmål " + number + " av 5"), "question " + number + ": " + page.body());
        assertTrue(page.contains(text), "question text " + text);
        for (String secret : SECRETS) {
            assertFalse(page.contains(secret), "the question page gives away «" + secret + "»");
        }
    }

    /** Posts the test form with repeated values (checkboxes), like FacesClient.submit. */
    private FacesClient.Page post(FacesClient client, FacesClient.Page page, Map<String, List<String>> fields,
                                  String button) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(page.body().indexOf("id=\"test-form\"")), "a form on " + page.uri());
        List<String> parts = new ArrayList<>();
        parts.add(enc("test-form") + "=" + enc("test-form"));
        fields.forEach((k, values) -> values.forEach(v -> parts.add(enc("test-form:" + k) + "=" + enc(v))));
        parts.add(enc("test-form:" + button) + "=");
        parts.add(enc("jakarta.faces.ViewState") + "=" + enc(viewState.group(1)));
        String session = client.sessionId().orElseThrow();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(page.uri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "nb")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))).build(),
                HttpResponse.BodyHandlers.ofString());
        return new FacesClient.Page(response.statusCode(), response.uri(), response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    private static void sql(String sql, String parameter) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.executeUpdate();
        }
    }

}
