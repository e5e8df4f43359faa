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
import no.laeringsarena.testsupport.Accessibility;
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

            // the trainer's pages: results and grading, checked with axe
            browser.findElement(By.id("test-form:submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review")));
            browser.get(base + "test/resultater.xhtml?key=hva-ma-virke-pa-dag-en-test");
            assertEquals(List.of(), Accessibility.seriousViolations(browser), "results page");
            Browsers.screenshot(browser, "test-trainer-results");
            browser.findElement(By.cssSelector("a[href*='vurdering.xhtml']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answers")));
            assertEquals(List.of(), Accessibility.seriousViolations(browser), "grading page");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTrainerGradesAnEssayRegradesAfterAFixAndAnExpiredAttemptIsSubmittedByTheServer() throws Exception {
        String test = "test/test.xhtml?key=gevinstrealisering-test";
        sql("DELETE FROM test_attempt WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", EMAIL);
        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn(EMAIL, DemoData.PASSWORD);
        FacesClient.Page page = post(dina, dina.get(test), Map.of(), "start");
        assertTrue(page.contains("Spørsmål 1 av 6"), page.body());
        page = post(dina, page, Map.of(), "next"); // the ordering question is left unanswered
        page = post(dina, page, Map.of("multiple", List.of("a", "b", "c")), "next");
        page = post(dina, page, Map.of("text", List.of("100")), "next");
        page = post(dina, page, Map.of("text", List.of("Kulturen")), "next");
        page = post(dina, page, Map.of("single", List.of("a")), "next");
        assertTrue(page.contains("Spørsmål 6 av 6"), page.body());
        page = post(dina, page, Map.of("essay", List.of("Kortere saksbehandlingstid for byggesaker, målt i dager.")),
                "submit");
        assertTrue(page.contains("Et langsvar venter på vurdering"), "the learner is told an essay is pending");
        assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND a.score = 4 AND a.max_score = 5", EMAIL), "4 of 5: the essay does not count yet");
        assertEquals(6, count("SELECT count(*) FROM attempt_question q JOIN test_attempt a ON a.id = q.attempt_id"
                + " JOIN user_account u ON u.id = a.user_id WHERE u.email = ?", EMAIL), "the drawn set is kept");

        FacesClient.Page refused = dina.get("test/resultater.xhtml?key=gevinstrealisering-test");
        assertEquals(403, refused.status(), "a learner cannot see the results");

        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page results = kari.get("test/resultater.xhtml?key=gevinstrealisering-test");
        assertEquals(200, results.status());
        assertTrue(results.contains("Dina Deltaker") && results.contains("venter på vurdering"), results.body());
        assertTrue(results.contains("Spørsmålsanalyse") && results.contains("For få svar til å vurdere"),
                "item analysis with too few answers flagged");
        Matcher link = Pattern.compile("vurdering\\.xhtml\\?forsok=(\\d+)").matcher(results.body());
        assertTrue(link.find(), "a link to grade the attempt");
        FacesClient.Page grading = kari.get("test/vurdering.xhtml?forsok=" + link.group(1));
        assertTrue(grading.contains("Kortere saksbehandlingstid"), "the trainer reads the essay");
        Matcher form = Pattern.compile("<form[^>]* id=\"([^\"]*grade-form)\"").matcher(grading.body());
        assertTrue(form.find(), "a grading form for the essay");
        FacesClient.Page tooMany = kari.submit(grading, form.group(1), Map.of("points", "3", "comment", "x"), "save");
        assertTrue(tooMany.contains("Poengene må være et tall fra 0"), "points above the question's are refused");
        form = Pattern.compile("<form[^>]* id=\"([^\"]*grade-form)\"").matcher(tooMany.body());
        assertTrue(form.find());
        FacesClient.Page graded = kari.submit(tooMany, form.group(1),
                Map.of("points", "1", "comment", "God indikator, følg den opp hvert kvartal."), "save");
        assertTrue(graded.contains("Vurderingen er lagret"), graded.body());
        assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND a.score = 5 AND a.max_score = 6 AND a.passed", EMAIL), "the grade updates");

        page = dina.get(test);
        assertTrue(page.contains("Vurdering fra kursholder: 1 av 1 poeng – God indikator, følg den opp hvert kvartal."),
                "the learner sees the trainer's points and comment");
        assertTrue(count("SELECT count(*) FROM xapi_statement WHERE verb_id LIKE '%/completed'"
                + " AND object_activity_id LIKE '%gevinstrealisering-test'") >= 2, "completed again with the new score");

        // a fixed answer key: regrading changes the attempt (and changes back)
        try {
            sql("UPDATE test_question SET answer_key = 'accept:ledelsen\n' WHERE question_key = 'verste-fiende'"
                    + " AND test_id = (SELECT id FROM course_test WHERE test_key = ?)", "gevinstrealisering-test");
            results = kari.get("test/resultater.xhtml?key=gevinstrealisering-test");
            FacesClient.Page regraded = kari.submit(results, "regrade-form", Map.of(), "regrade");
            assertTrue(regraded.contains("forsøk fikk endret resultat"), regraded.body());
            assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                    + " WHERE u.email = ? AND a.score = 4 AND a.max_score = 6 AND NOT a.passed", EMAIL),
                    "regraded with the fixed key; the essay grade is kept");
        } finally {
            sql("UPDATE test_question SET answer_key = 'accept:kulturen\naccept:kultur\n' WHERE question_key = 'verste-fiende'"
                    + " AND test_id = (SELECT id FROM course_test WHERE test_key = ?)", "gevinstrealisering-test");
        }
        kari.submit(kari.get("test/resultater.xhtml?key=gevinstrealisering-test"), "regrade-form", Map.of(), "regrade");
        assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND a.score = 5 AND a.max_score = 6 AND a.passed", EMAIL), "and back");

        // a second attempt left open past its deadline is submitted by the server, without the learner coming back
        page = post(dina, dina.get(test), Map.of(), "start");
        assertTrue(page.contains("Spørsmål 1 av 6"));
        sql("UPDATE test_attempt SET deadline = now() - interval '1 minute' WHERE submitted_at IS NULL"
                + " AND user_id = (SELECT id FROM user_account WHERE email = ?)", EMAIL);
        long waited = System.nanoTime();
        while (count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND a.auto_submitted AND a.submitted_at IS NOT NULL", EMAIL) == 0) {
            assertTrue(System.nanoTime() - waited < Duration.ofSeconds(45).toNanos(), "submitted within 45 s");
            Thread.sleep(1000);
        }
    }

    @Test
    void aSelfAssessmentGivesAProfileAndSuggestsCoursesForWeakAreasWithoutPassOrFail() throws Exception {
        String test = "test/test.xhtml?key=kartlegging-digital-kompetanse";
        sql("DELETE FROM test_attempt WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", EMAIL);
        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn(EMAIL, DemoData.PASSWORD);
        FacesClient.Page page = dina.get(test);
        assertTrue(page.contains("du kan ikke stryke"), "the intro says it is not an exam");
        page = post(dina, page, Map.of(), "start");
        assertTrue(page.contains("Spørsmål 1 av 10"), page.body());
        // the options are shown in the order stored with the attempt, and the scale is never shuffled
        assertEquals("a,b,c,d", radioValues(page));
        page = post(dina, page, Map.of("single", List.of("a")), "next");
        String stored = text("SELECT q.option_order FROM attempt_question q JOIN test_attempt a ON a.id = q.attempt_id"
                + " JOIN user_account u ON u.id = a.user_id WHERE u.email = ? AND q.position = 1", EMAIL);
        assertEquals(stored, radioValues(page), "the page shows the stored option order");
        FacesClient again = new FacesClient(base.toURI(), "nb");
        again.logIn(EMAIL, DemoData.PASSWORD);
        FacesClient.Page resumed = again.get(test);
        assertTrue(resumed.contains("Spørsmål 2 av 10"));
        assertEquals(stored, radioValues(resumed), "resuming shows the same order");
        page = post(again, resumed, Map.of("single", List.of("a")), "next");
        page = post(again, page, Map.of("single", List.of("d")), "next");
        page = post(again, page, Map.of("multiple", List.of("a", "b", "c")), "next");
        page = post(again, page, Map.of("single", List.of("a")), "next");
        page = post(again, page, Map.of("truefalse", List.of("false")), "next");
        page = post(again, page, Map.of("single", List.of("a")), "next");
        page = post(again, page, Map.of("single", List.of("b")), "next");
        page = post(again, page, Map.of("single", List.of("a")), "next");
        assertTrue(page.contains("Spørsmål 10 av 10"), page.body());
        page = post(again, page, Map.of("single", List.of("b")), "submit");
        assertTrue(page.contains("Din kompetanseprofil"), page.body());
        assertTrue(page.contains("Nasjonale felleskomponenter</th><td>100 %</td><td>Sterk"), page.body());
        assertTrue(page.contains("Gevinstrealisering</th><td>0 %</td><td>Bør styrkes"), page.body());
        assertTrue(page.contains("Dag én i ny kommune</th><td>50 %</td><td>Bør styrkes"), page.body());
        assertTrue(page.contains("<svg") && page.contains("role=\"img\""), "a chart, with the table as its alternative");
        int suggestions = page.body().indexOf("Kurs vi foreslår for deg");
        assertTrue(suggestions > 0, "courses are suggested");
        String suggested = page.body().substring(suggestions);
        assertTrue(suggested.contains("Hva må virke på dag én?") && suggested.contains("Anskaffelser rundt sammenslåing")
                && suggested.contains("Gevinstrealisering"), suggested);
        assertFalse(suggested.contains("kurs.xhtml?key=nasjonale-felleskomponenter"), "not for a strong area");
        assertFalse(page.contains("Ikke bestått") || page.contains(">Bestått<"), "no pass or fail");
        assertEquals(0, count("SELECT count(*) FROM xapi_statement WHERE (verb_id LIKE '%/passed' OR verb_id LIKE"
                + " '%/failed') AND object_activity_id LIKE '%kartlegging-digital-kompetanse'"), "no passed/failed");
        assertTrue(count("SELECT count(*) FROM xapi_statement WHERE verb_id LIKE '%/completed'"
                + " AND object_activity_id LIKE '%kartlegging-digital-kompetanse'") >= 1, "completed, with its score");
    }

    @Test
    void aTrainerImportsAndExportsGiftQuestionsAndABadFileChangesNothing() throws Exception {
        String results = "test/resultater.xhtml?key=nasjonale-felleskomponenter-test";
        sql("DELETE FROM test_question WHERE question_key LIKE 'gift-%' AND test_id = (SELECT id FROM course_test"
                + " WHERE test_key = ?)", "nasjonale-felleskomponenter-test");
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        long before = count("SELECT count(*) FROM test_question q JOIN course_test t ON t.id = q.test_id"
                + " WHERE t.test_key = ?", "nasjonale-felleskomponenter-test");
        String gift = """
                // spørsmål til banken
                $CATEGORY: $course$/Registre

                ::Gift matrikkel::Hvilket register har eiendommene? {=Matrikkelen ~Enhetsregisteret#Nei, det har virksomhetene.}

                ::Gift id-porten::ID-porten gir felles innlogging til offentlige tjenester.{T}
                """;
        FacesClient.Page page = upload(kari, kari.get(results), "sporsmal.gift", gift.getBytes(StandardCharsets.UTF_8));
        assertTrue(page.contains("2 spørsmål ble importert"), page.body());
        assertEquals(before + 2, count("SELECT count(*) FROM test_question q JOIN course_test t ON t.id = q.test_id"
                + " WHERE t.test_key = ?", "nasjonale-felleskomponenter-test"));
        assertEquals(1, count("SELECT count(*) FROM test_question WHERE question_key = 'gift-matrikkel'"
                + " AND topic = 'registre' AND answer_key LIKE ?", "%correct:a%"));

        page = upload(kari, kari.get(results), "feil.gift", "::Uten svar::Her mangler svarblokken".getBytes(
                StandardCharsets.UTF_8));
        assertTrue(page.contains("Fant 1 feil i filen"), page.body());
        page = upload(kari, kari.get(results), "bilde.png", new byte[] {1, 2, 3});
        assertTrue(page.contains("Filen må slutte på .gift eller .txt"), page.body());
        page = upload(kari, kari.get(results), "stor.gift", new byte[300 * 1024]);
        assertTrue(page.contains("Filen er for stor"), page.body());
        assertEquals(before + 2, count("SELECT count(*) FROM test_question q JOIN course_test t ON t.id = q.test_id"
                + " WHERE t.test_key = ?", "nasjonale-felleskomponenter-test"), "nothing more was saved");

        FacesClient.Page exportPage = kari.get(results);
        FacesClient.Page exported = kari.submit(exportPage, "export-form", Map.of(), "export");
        assertTrue(exported.body().contains("::gift-matrikkel::Hvilket register har eiendommene? {"), exported.body());
        assertTrue(exported.body().contains("~Enhetsregisteret #Nei, det har virksomhetene."), exported.body());
        sql("DELETE FROM test_question WHERE question_key LIKE 'gift-%' AND test_id = (SELECT id FROM course_test"
                + " WHERE test_key = ?)", "nasjonale-felleskomponenter-test");
    }

    /** The right answer to each question of the Arkiv course's question bank, by a piece of its text. */
    private static final Map<String, Map<String, List<String>>> BANK_ANSWERS = Map.of(
            "Hvor mange hovedstrategier", Map.of("text", List.of("3")),
            "Kommunen arkiverer de avsluttede", Map.of("single", List.of("b")),
            "startes også de åpne sakene", Map.of("truefalse", List.of("true")),
            "Hva avhenger valget", Map.of("multiple", List.of("a", "b", "c")),
            "Et fagsystem lager dokumenter", Map.of("single", List.of("a")),
            "Kan nøkkelen gjenbrukes", Map.of("truefalse", List.of("false")),
            "Hva blir feil når en unik nøkkel", Map.of("multiple", List.of("a", "b", "c")),
            "Hva skal dere veie", Map.of("single", List.of("a")));

    @Test
    void twoTestsOfACourseDrawTheirOwnNumberOfQuestionsAtRandomFromTheCoursesQuestionBank() throws Exception {
        String email = DemoData.USERS.get(6).email();
        sql("DELETE FROM test_attempt WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", email);
        sql("DELETE FROM lesson_progress WHERE lesson_key = 'avslutningstest' AND enrolment_id IN (SELECT e.id FROM enrolment e"
                + " JOIN user_account u ON u.id = e.user_id WHERE u.email = ?)", email);
        FacesClient lise = new FacesClient(base.toURI(), "nb");
        lise.logIn(email, DemoData.PASSWORD);
        FacesClient.Page lesson = lise.get("kurs/leksjon.xhtml?kurs=arkiv-data-og-apne-saker&leksjon=avslutningstest");
        assertTrue(lesson.contains("Leksjonen blir fullført når du består testen.") && lesson.contains("id=\"take-test\""),
                "the test is a lesson of the course: " + lesson.body());
        assertFalse(lesson.contains("id=\"lesson-form:complete\""), "not marked done by a button");
        FacesClient.Page course = lise.get("kurs/kurs.xhtml?key=arkiv-data-og-apne-saker");
        assertTrue(course.contains("Test – arkiv, data og åpne saker") && course.contains("Sjekkpunkt – tre strategier"),
                "both tests on the course page");

        String drawn = "SELECT count(*) FROM attempt_question q JOIN test_attempt a ON a.id = q.attempt_id"
                + " JOIN course_test t ON t.id = a.test_id JOIN user_account u ON u.id = a.user_id"
                + " WHERE u.email = ? AND t.test_key = ? AND q.question_key IN (SELECT b.question_key FROM test_question b"
                + " JOIN question_bank k ON k.id = b.bank_id WHERE k.bank_key = 'arkiv-data-og-apne-saker-banken'"
                + " AND b.topic LIKE ?)";
        FacesClient.Page page = post(lise, lise.get("test/test.xhtml?key=arkiv-data-og-apne-saker-test"), Map.of(), "start");
        assertTrue(page.contains("Spørsmål 1 av 5"), page.body());
        assertEquals(5, count(drawn, email, "arkiv-data-og-apne-saker-test", "%"), "five, all from the bank");
        assertEquals(2, count(drawn, email, "arkiv-data-og-apne-saker-test", "strategier"), "by the rules");
        assertEquals(1, count(drawn, email, "arkiv-data-og-apne-saker-test", "arkivfunksjoner"));
        assertEquals(2, count(drawn, email, "arkiv-data-og-apne-saker-test", "nokler"));

        // answered right, whichever questions were drawn: graded on the server from the bank's answer keys
        for (int number = 1; number <= 5; number++) {
            FacesClient.Page shown = page;
            String text = BANK_ANSWERS.keySet().stream().filter(shown::contains).findFirst()
                    .orElseThrow(() -> new AssertionError("an unknown question: " + shown.body()));
            page = post(lise, page, BANK_ANSWERS.get(text), number < 5 ? "next" : "submit");
        }
        assertTrue(page.contains("Bestått") && page.contains("100 %"), page.body());
        assertEquals(1, count("SELECT count(*) FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id"
                + " JOIN user_account u ON u.id = e.user_id WHERE u.email = ? AND p.lesson_key = 'avslutningstest'", email),
                "passing the test completed its lesson");
        assertTrue(lise.get("kurs/leksjon.xhtml?kurs=arkiv-data-og-apne-saker&leksjon=avslutningstest")
                .contains("Du har bestått testen, og leksjonen er fullført."));

        // the checkpoint draws three of the same bank's strategy questions
        page = post(lise, lise.get("test/test.xhtml?key=arkiv-sjekkpunkt-strategier"), Map.of(), "start");
        assertTrue(page.contains("Spørsmål 1 av 3"), page.body());
        assertEquals(3, count(drawn, email, "arkiv-sjekkpunkt-strategier", "strategier"));
        assertEquals(0, count("SELECT count(*) FROM test_question q JOIN course_test t ON t.id = q.test_id"
                + " WHERE t.test_key IN ('arkiv-data-og-apne-saker-test', 'arkiv-sjekkpunkt-strategier')"), "no copies");

        // the trainer sees the bank, which tests use it, and imports GIFT questions into it for both
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        String results = "test/resultater.xhtml?key=arkiv-sjekkpunkt-strategier";
        FacesClient.Page trainer = kari.get(results);
        assertTrue(trainer.contains("id=\"question-bank\"") && trainer.contains("Spørsmålsbank – arkiv, data og åpne saker"),
                trainer.body());
        assertTrue(trainer.contains("Test – arkiv, data og åpne saker"), "the other test using the bank is listed");
        String gift = "::Bank ny strategi::Å flytte alle saker er en av strategiene.{T}\n";
        sql("DELETE FROM test_question WHERE question_key = ?", "bank-ny-strategi");
        FacesClient.Page imported = upload(kari, trainer, "bank.gift", gift.getBytes(StandardCharsets.UTF_8),
                Map.of("to-bank", "true"));
        assertTrue(imported.contains("1 spørsmål ble importert"), imported.body());
        assertEquals(1, count("SELECT count(*) FROM test_question q JOIN question_bank k ON k.id = q.bank_id"
                + " WHERE q.question_key = 'bank-ny-strategi' AND q.test_id IS NULL"), "in the bank, not in one test");
        assertTrue(kari.get("test/resultater.xhtml?key=arkiv-data-og-apne-saker-test").contains("flytte alle saker er en av"),
                "and in the other test's view of the bank");
        FacesClient.Page exported = kari.submit(kari.get(results), "export-form", Map.of(), "export-bank");
        assertTrue(exported.body().contains("::bank-ny-strategi::"), exported.body());
        assertTrue(exported.body().contains("::antall-strategier::"), "the seeded bank questions too");
        sql("DELETE FROM test_question WHERE question_key = ?", "bank-ny-strategi");
    }

    @Test
    void inABrowserClosingTheTabMidTestAndComingBackResumesWithTheAnswersGivenSoFar() throws Exception {
        String email = DemoData.USERS.get(4).email();
        sql("DELETE FROM test_attempt WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", email);
        WebDriver browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "logg-inn.xhtml");
            browser.findElement(By.id("login-form:email")).sendKeys(email);
            browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD);
            browser.findElement(By.id("login-form:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("logg-inn")));
            browser.get(base + TEST);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("test-form:start"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 1 av 5"));
            browser.findElement(By.id("test-form:text")).sendKeys("6");
            browser.findElement(By.id("test-form:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 2 av 5"));
            browser.findElement(By.cssSelector("input[name='test-form:single'][value='b']")).click();
            browser.findElement(By.id("test-form:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 3 av 5"));
            // the third question is answered, and the tab closed at once: the choice is saved as it is made
            browser.findElement(By.cssSelector("input[name='test-form:truefalse'][value='false']")).click();
            awaitAnswers(wait, email, 3);

            String testTab = browser.getWindowHandle();
            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String newTab = browser.getWindowHandle();
            browser.switchTo().window(testTab).close();
            browser.switchTo().window(newTab);
            assertEquals(1, browser.getWindowHandles().size(), "the test's tab is gone");

            browser.get(base + "kurs/kurs.xhtml?key=digital-kommunesammenslaing");
            browser.findElement(By.linkText("Test – seks faser")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 4 av 5"));
            assertTrue(browser.findElement(By.id("question-text")).getText().contains("ROS-analysen"),
                    "back at the first unanswered question");
            browser.findElement(By.id("test-form:previous")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 3 av 5"));
            assertTrue(browser.findElement(By.cssSelector("input[name='test-form:truefalse'][value='false']")).isSelected(),
                    "the choice made just before closing the tab is kept");
            browser.findElement(By.cssSelector("input[name='test-form:truefalse'][value='true']")).click();
            browser.findElement(By.id("test-form:previous")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 2 av 5"));
            assertTrue(browser.findElement(By.cssSelector("input[name='test-form:single'][value='b']")).isSelected(),
                    "the saved choice is still chosen");
            browser.findElement(By.id("test-form:previous")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 1 av 5"));
            assertEquals("6", browser.findElement(By.id("test-form:text")).getAttribute("value"), "the saved number");
            assertEquals(1, count("SELECT count(*) FROM test_attempt a JOIN user_account u ON u.id = a.user_id"
                    + " WHERE u.email = ?", email), "one attempt, resumed");

            for (int number = 2; number <= 4; number++) {
                browser.findElement(By.id("test-form:next")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"),
                        "Spørsmål " + number + " av 5"));
            }
            assertTrue(browser.findElement(By.id("question-text")).getText().contains("ROS-analysen"));
            for (String option : List.of("a", "b", "c", "d")) {
                browser.findElement(By.cssSelector("input[name='test-form:multiple'][value='" + option + "']")).click();
            }
            awaitAnswers(wait, email, 4);
            browser.findElement(By.id("test-form:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-number"), "Spørsmål 5 av 5"));
            browser.findElement(By.cssSelector("input[name='test-form:single'][value='b']")).click();
            browser.findElement(By.id("test-form:submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
            assertEquals("Bestått", browser.findElement(By.id("verdict")).getText());
            Browsers.screenshot(browser, "test-resumed-and-passed");
        } finally {
            browser.quit();
        }
    }

    /** Waits until the open attempt has this many answers saved, the last one with all its values (ajax saves). */
    private static void awaitAnswers(WebDriverWait wait, String email, int answered) {
        String answers = "SELECT count(*) FROM attempt_answer x JOIN test_attempt a ON a.id = x.attempt_id"
                + " JOIN user_account u ON u.id = a.user_id WHERE u.email = ? AND a.submitted_at IS NULL"
                + " AND (x.question_key <> 'ros-risikoer' OR char_length(x.response) = 7)";
        wait.until(d -> {
            try {
                return count(answers, email) == answered;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The values of the radio buttons on a question page, in page order. */
    private static String radioValues(FacesClient.Page page) {
        Matcher radio = Pattern.compile("<input type=\"radio\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        List<String> values = new ArrayList<>();
        while (radio.find()) {
            values.add(radio.group(1));
        }
        return String.join(",", values);
    }

    /** Uploads a file through the GIFT form (multipart, as a browser does). */
    private FacesClient.Page upload(FacesClient client, FacesClient.Page page, String fileName, byte[] content)
            throws Exception {
        return upload(client, page, fileName, content, Map.of());
    }

    /** Uploads a file through the GIFT form with more fields of the form (ids without the form prefix). */
    private FacesClient.Page upload(FacesClient client, FacesClient.Page page, String fileName, byte[] content,
                                    Map<String, String> more) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(page.body().indexOf("id=\"gift-form\"")), "the upload form");
        String boundary = "----la" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("gift-form", "gift-form", "gift-form:import", "",
                "jakarta.faces.ViewState", viewState.group(1)));
        more.forEach((k, v) -> fields.put("gift-form:" + k, v));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"gift-form:file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(page.uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "nb")
                .header("Cookie", "JSESSIONID=" + client.sessionId().orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new FacesClient.Page(response.statusCode(), response.uri(), response.body());
    }

    private static String text(String sql, String parameter) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
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
