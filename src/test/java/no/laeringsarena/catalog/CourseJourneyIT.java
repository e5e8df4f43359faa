package no.laeringsarena.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner's whole journey: find a course, take every lesson (an active one step by step), get the kursbevis,
 * verify its code publicly; nobody else can download it; guests play open courses only. Then the same for a short
 * course in a real browser, reading the downloaded PDF's text.
 */
@ExtendWith(ArquillianExtension.class)
class CourseJourneyIT {

    private static final Pattern CERTIFICATE_LINK = Pattern.compile("kursbevis/last-ned\\?id=(\\d+)");
    private static final Pattern CODE = Pattern.compile("Kontrollkode: ([2-9A-Z]{10})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLearnerCompletesACourseGetsACertificateThatVerifiesAndNoOneElseCanDownloadIt() throws Exception {
        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);

        FacesClient.Page catalogue = dina.get("kurs.xhtml?sektor=tverrgaende&sorter=tittel");
        assertTrue(catalogue.contains("Gevinstrealisering"), "the course is in the catalogue");
        assertFalse(catalogue.contains("Arkiv, data og åpne saker"), "a course of another sector is filtered away");
        assertTrue(catalogue.contains("Sist faktasjekket"));

        FacesClient.Page course = dina.get("kurs/kurs.xhtml?key=gevinstrealisering");
        assertTrue(course.contains("Ikke startet"));
        FacesClient.Page lesson = dina.submit(course, "course-form", Map.of(), "start");
        assertTrue(lesson.uri().toString().contains("leksjon=fire-hovedsteg"), lesson.uri().toString());

        lesson = dina.submit(lesson, "lesson-form", Map.of(), "complete");           // Fire hovedsteg
        assertTrue(lesson.uri().toString().contains("leksjon=gevinsttyper"), lesson.uri().toString());
        FacesClient.Page resumed = dina.get("kurs/kurs.xhtml?key=gevinstrealisering");
        assertTrue(resumed.contains("Påbegynt") && resumed.contains("Fortsett"), "the course page offers to continue");
        lesson = dina.submit(resumed, "course-form", Map.of(), "start");
        assertTrue(lesson.uri().toString().contains("leksjon=gevinsttyper"), "Fortsett resumes where she left off");
        lesson = dina.submit(lesson, "lesson-form", Map.of(), "complete");
        lesson = dina.submit(lesson, "lesson-form", Map.of(), "complete");           // Når gevinstene blir borte
        assertTrue(lesson.contains("Kostnad per henvendelse"), "the active lesson shows its first step");
        assertFalse(lesson.contains("id=\"lesson-form:complete\""), "no way to finish before answering the steps");

        FacesClient.Page wrong = dina.submit(lesson, "lesson-form", Map.of("choice", "2"), "answer-step");
        assertTrue(wrong.contains("Ikke helt riktig"), "a wrong answer does not let her continue");
        FacesClient.Page second = dina.submit(wrong, "lesson-form", Map.of("choice", "0"), "answer-step");
        assertTrue(second.contains("Frigjort tid"));
        FacesClient.Page empty = dina.submit(second, "lesson-form", Map.of("answer", " "), "answer-step");
        assertTrue(empty.contains("Skriv noen ord"));
        FacesClient.Page done = dina.submit(empty, "lesson-form", Map.of("answer", "Til flere hjemmebesøk"), "answer-step");
        FacesClient.Page finished = dina.submit(done, "lesson-form", Map.of(), "complete");

        assertTrue(finished.uri().toString().contains("kurs/kurs.xhtml"), finished.uri().toString());
        assertTrue(finished.contains("100 % fullført") && finished.contains("Fullført"), "the course is complete");
        Matcher link = CERTIFICATE_LINK.matcher(finished.body());
        assertTrue(link.find(), "the course page offers the kursbevis");
        String certificateId = link.group(1);

        FacesClient.Download pdf = dina.download("kursbevis/last-ned?id=" + certificateId);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Dina Deltaker") && text.contains("Gevinstrealisering") && text.contains("0,5 timer")
                && text.contains("Læringsarena"), text);
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), text);
        assertTrue(text.contains("/kursbevis/verifiser.xhtml?kode=" + code.group(1)), text);

        FacesClient.Page minSide = dina.get("min-side.xhtml");
        assertTrue(minSide.contains("Mine kurs") && minSide.contains("kursbevis/last-ned?id=" + certificateId));

        FacesClient stranger = new FacesClient(base.toURI(), "nb");
        FacesClient.Page verified = stranger.get("kursbevis/verifiser.xhtml?kode=" + code.group(1).toLowerCase());
        assertTrue(verified.contains("Kursbeviset er gyldig") && verified.contains("Dina Deltaker")
                && verified.contains("Gevinstrealisering"), "anyone can verify the code");
        assertFalse(verified.contains("deltaker@demo"), "verification shows no e-mail address");
        FacesClient.Page unknown = stranger.get("kursbevis/verifiser.xhtml?kode=ABCDEFGHJK");
        assertTrue(unknown.contains("Vi finner ikke noe kursbevis med denne koden"));
        assertFalse(unknown.contains("Dina Deltaker"));

        FacesClient.Download asGuest = stranger.download("kursbevis/last-ned?id=" + certificateId);
        assertFalse(asGuest.contentType().startsWith("application/pdf"), "a guest gets the login page, not the PDF");
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Download notHers = kari.download("kursbevis/last-ned?id=" + certificateId);
        assertEquals(404, notHers.status(), "another user cannot download Dina's kursbevis");
        assertFalse(notHers.contentType().startsWith("application/pdf"));

        // the completion is a learning record: an xAPI statement any LRS client can read back from /xapi
        String activity = "http://localhost:8080/xapi/activities/course/gevinstrealisering";
        HttpResponse<String> statements = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(
                        "xapi/statements?verb=" + enc("http://adlnet.gov/expapi/verbs/completed") + "&activity=" + enc(activity)))
                .header("X-Experience-API-Version", "2.0.0")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "it-bootstrap:it-bootstrap-hemmelighet-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, statements.statusCode(), statements.body());
        assertTrue(statements.body().contains("\"" + activity + "\""), statements.body());
        assertTrue(statements.body().contains("\"completion\":true"), statements.body());
        assertFalse(statements.body().contains("deltaker@demo"), "no e-mail in learning records");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void guestsPlayOpenCoursesButAreSentToLogInForOthers() throws Exception {
        FacesClient guest = new FacesClient(base.toURI(), "nb");
        FacesClient.Page open = guest.get("kurs/leksjon.xhtml?kurs=hva-ma-virke-pa-dag-en&leksjon=rod-og-gul");
        assertEquals(200, open.status());
        assertTrue(open.contains("Rød og gul") && open.contains("fremdriften blir ikke lagret"));
        FacesClient.Page closed = guest.get("kurs/leksjon.xhtml?kurs=gevinstrealisering&leksjon=fire-hovedsteg");
        assertTrue(closed.uri().toString().contains("logg-inn.xhtml"), closed.uri().toString());
        assertEquals(404, guest.get("kurs/kurs.xhtml?key=finnes-ikke").status());
        assertEquals(404, guest.get("kurs/leksjon.xhtml?kurs=gevinstrealisering&leksjon=finnes-ikke").status());
    }

    @Test
    void aLearnerTakesAShortCourseInTheBrowserAndDownloadsTheKursbevis() throws Exception {
        WebDriver browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "logg-inn.xhtml");
            browser.findElement(By.id("login-form:email")).sendKeys("redaktor@demo.laeringsarena.no");
            browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD);
            browser.findElement(By.id("login-form:submit")).click();
            wait.until(ExpectedConditions.urlContains("min-side.xhtml"));

            browser.get(base + "kurs.xhtml");
            Browsers.screenshot(browser, "course-catalogue");
            browser.findElement(By.linkText("Hva må virke på dag én?")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-form:start")));
            Browsers.screenshot(browser, "course-page");
            browser.findElement(By.id("course-form:start")).click();

            wait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Rød og gul"));
            browser.findElement(By.id("lesson-form:complete")).click();
            wait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Matrikkelen og Feide"));
            browser.findElement(By.id("lesson-form:complete")).click();
            wait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Hva kommer først?"));
            browser.findElement(By.cssSelector("input[name='lesson-form:choice'][value='0']")).click();
            Browsers.screenshot(browser, "active-lesson-step");
            browser.findElement(By.id("lesson-form:answer-step")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-title"), "Gul merking"));
            browser.findElement(By.cssSelector("input[name='lesson-form:choice'][value='1']")).click();
            browser.findElement(By.id("lesson-form:answer-step")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("lesson-form:complete"))).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download-certificate")));
            assertTrue(browser.findElement(By.id("progress-text")).getText().contains("100 %"));
            Browsers.screenshot(browser, "course-completed");
            String href = browser.findElement(By.id("download-certificate")).getAttribute("href");
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            String text = pdfText(pdf.body());
            assertTrue(text.contains("Kursbevis") && text.contains("Rune Redaktør") && text.contains("Hva må virke på dag én?"), text);
            Files.write(Path.of("target/screenshots/kursbevis-browser.pdf"), pdf.body());

            browser.get(base + "min-side.xhtml");
            assertTrue(browser.findElement(By.id("courses-completed")).getText().contains("Hva må virke på dag én?"));
            Browsers.screenshot(browser, "min-side-mine-kurs");
        } finally {
            browser.quit();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
