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

    // --- the course holder's side ---

    private static final Pattern MODULE_ID = Pattern.compile("modul=(\\d+)");
    private static final Pattern LESSON_ID = Pattern.compile("leksjon=(\\d+)");
    private static final Pattern MEDIA_REF = Pattern.compile("media:(\\d+)");

    private static String courseKey(FacesClient.Page editor) {
        Matcher key = Pattern.compile("kursholder/kurs\\.xhtml\\?key=([a-z0-9-]+)").matcher(editor.uri().toString());
        assertTrue(key.find(), editor.uri().toString());
        return key.group(1);
    }

    private static Map<String, String> details(String title) {
        return Map.of("title", title, "summary", "Hvordan vi deler det vi kan med kolleger i andre kommuner.",
                "goals", "Kjenne tre måter å dele på\nVite hvor delingen skjer", "format", "NETTKURS",
                "sector", "tverrgaende", "theme", "", "audience", "Alle ansatte", "duration", "20", "owner", "KS");
    }

    private static FacesClient.Page newCourse(FacesClient holder, String title) throws Exception {
        FacesClient.Page mine = holder.get("kursholder/mine-kurs.xhtml");
        assertEquals(200, mine.status());
        FacesClient.Page editor = holder.submit(mine, "new-course", details(title), "create");
        assertTrue(editor.uri().toString().contains("kursholder/kurs.xhtml"), editor.uri() + editor.body());
        return editor;
    }

    private static FacesClient.Page addModule(FacesClient holder, FacesClient.Page editor, String title) throws Exception {
        FacesClient.Page page = holder.submit(editor, "modules-form", Map.of("new-module", title), "add-module");
        assertTrue(page.contains("Modulen er lagt til") && page.contains(title), page.body());
        return page;
    }

    private static FacesClient.Page addLesson(FacesClient holder, String key, String moduleId, Map<String, String> fields)
            throws Exception {
        FacesClient.Page form = holder.get("kursholder/leksjon.xhtml?kurs=" + key + "&modul=" + moduleId);
        assertEquals(200, form.status(), form.body());
        if (!"TEXT".equals(fields.get("kind"))) {
            form = holder.submitMultipart(form, "lesson-form", Map.of("kind", fields.get("kind"), "required", "on"), null, "change-kind");
        }
        return holder.submitMultipart(form, "lesson-form", fields, null, "save");
    }

    private static String lastModuleId(FacesClient.Page editor) {
        Matcher m = MODULE_ID.matcher(editor.body());
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        return id;
    }

    @Test
    void aCourseHolderWritesAndPublishesACourseALearnerCompletesAndAChangeKeepsHerCompletion() throws Exception {
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        assertTrue(kari.get("min-side.xhtml").contains("Mine kurs som kursholder"));

        FacesClient.Page mine = kari.get("kursholder/mine-kurs.xhtml");
        Map<String, String> missing = new java.util.HashMap<>(details(" "));
        missing.put("duration", "0");
        missing.put("sector", "");
        missing.put("summary", "Et skjema som blir avvist.");
        FacesClient.Page refused = kari.submit(mine, "new-course", missing, "create");
        assertTrue(refused.contains("Skriv en tittel.") && refused.contains("Velg en sektor.")
                && refused.contains("Varigheten skal være mellom 1 og 6000 minutter."), refused.body());
        assertEquals(0, no.laeringsarena.testsupport.TestDatabase.count("SELECT count(*) FROM course WHERE summary = 'Et skjema som blir avvist.'"),
                "nothing saved from a refused form");

        FacesClient.Page editor = newCourse(kari, "Deling av kunnskap i kommunen");
        String key = courseKey(editor);
        assertTrue(editor.contains("Utkast (ikke publisert)"));
        editor = addModule(kari, editor, "Hvorfor dele");
        String moduleId = lastModuleId(editor);

        FacesClient.Page lessonForm = kari.get("kursholder/leksjon.xhtml?kurs=" + key + "&modul=" + moduleId);
        FacesClient.Page preview = kari.submitMultipart(lessonForm, "lesson-form", Map.of("lessonTitle", "Tre måter å dele på",
                "kind", "TEXT", "required", "on", "body", "Vi deler i **nettverk**, i forum og i kurs."), null, "preview");
        assertTrue(preview.contains("<strong>nettverk</strong>"), "the Markdown preview shows the text as learners will");
        editor = kari.submitMultipart(preview, "lesson-form", Map.of("lessonTitle", "Tre måter å dele på",
                "kind", "TEXT", "required", "on", "body", "Vi deler i **nettverk**, i forum og i kurs."), null, "save");
        assertTrue(editor.uri().toString().contains("kursholder/kurs.xhtml") && editor.contains("Leksjonen er lagret."), editor.body());

        FacesClient.Page active = addLesson(kari, key, moduleId, Map.of("lessonTitle", "Hva deler du?", "kind", "ACTIVE",
                "required", "on", "body", "Tenk over din egen arbeidsdag."));
        assertTrue(active.uri().toString().contains("leksjon="), "a new active lesson stays open for its steps");
        FacesClient.Page noAnswer = kari.submitMultipart(active, "lesson-form", Map.of("lessonTitle", "Hva deler du?", "kind", "ACTIVE",
                "required", "on", "stepTitle", "Din erfaring", "questionKind", "CHOICE", "question", "Hvor deler du mest?",
                "options", "I nettverk\nI forum"), null, "add-step");
        assertTrue(noAnswer.contains("Velg hvilket av svaralternativene som er riktig."), noAnswer.body());
        FacesClient.Page withStep = kari.submitMultipart(noAnswer, "lesson-form", Map.of("lessonTitle", "Hva deler du?", "kind", "ACTIVE",
                "required", "on", "stepTitle", "Din erfaring", "questionKind", "REFLECTION", "question", "Hva har du delt sist?"),
                null, "add-step");
        assertTrue(withStep.contains("Steget er lagt til.") && withStep.contains("Hva har du delt sist?"), withStep.body());

        editor = addLesson(kari, key, moduleId, Map.of("lessonTitle", "Oppsummering", "kind", "TEXT", "required", "on",
                "body", "Deling sparer tid."));
        FacesClient.Page reordered = kari.submit(editor, "modules-form", Map.of(), "modules:0:lessons:2:lesson-up");
        assertTrue(reordered.body().indexOf("Oppsummering") < reordered.body().indexOf("Hva deler du?"),
                "the last lesson moved up one place");

        // dragged and dropped (course-order.js fills the hidden fields): the last lesson first, then back again
        java.util.List<String> ids = new java.util.ArrayList<>();
        Matcher lessonIds = java.util.regex.Pattern.compile("data-lesson-id=\"(\\d+)\"").matcher(reordered.body());
        while (lessonIds.find()) {
            ids.add(lessonIds.group(1));
        }
        assertEquals(3, ids.size(), reordered.body());
        FacesClient.Page dropped = kari.submit(reordered, "modules-form",
                Map.of("drag-kind", "lesson", "drag-id", ids.get(2), "drag-to", "0"), "drop");
        assertTrue(dropped.body().indexOf("Hva deler du?") < dropped.body().indexOf("Tre måter å dele på"), dropped.body());
        reordered = kari.submit(dropped, "modules-form", Map.of("drag-kind", "lesson", "drag-id", ids.get(2), "drag-to", "2"), "drop");
        assertTrue(reordered.body().indexOf("Oppsummering") < reordered.body().indexOf("Hva deler du?")
                && reordered.body().indexOf("Tre måter å dele på") < reordered.body().indexOf("Oppsummering"), "and back");
        FacesClient.Page badPlace = kari.submit(reordered, "modules-form", Map.of("drag-kind", "lesson", "drag-id", ids.get(0),
                "drag-to", "7"), "drop");
        assertTrue(badPlace.body().indexOf("Tre måter å dele på") < badPlace.body().indexOf("Oppsummering"),
                "a place outside the module moves nothing");

        FacesClient.Page published = kari.submit(reordered, "publish-form", Map.of(), "publish");
        assertTrue(published.contains("Kurset er publisert."), published.body());

        // a learner finds it, takes it and gets the kursbevis
        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertTrue(dina.get("kurs.xhtml").contains("Deling av kunnskap i kommunen"));
        FacesClient.Page lesson = dina.submit(dina.get("kurs/kurs.xhtml?key=" + key), "course-form", Map.of(), "start");
        assertTrue(lesson.contains("<strong>nettverk</strong>"), lesson.body());
        lesson = dina.submit(lesson, "lesson-form", Map.of(), "complete");
        assertTrue(lesson.contains("Deling sparer tid."), "Oppsummering comes second now");
        lesson = dina.submit(lesson, "lesson-form", Map.of(), "complete");
        lesson = dina.submit(lesson, "lesson-form", Map.of("answer", "En mal for kravspesifikasjon"), "answer-step");
        FacesClient.Page finished = dina.submit(lesson, "lesson-form", Map.of(), "complete");
        assertTrue(finished.contains("100 % fullført") && finished.contains("download-certificate"), finished.body());

        // another learner is halfway when the course holder adds a required lesson
        FacesClient mona = new FacesClient(base.toURI(), "nb");
        mona.logIn("moderator@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page monaLesson = mona.submit(mona.get("kurs/kurs.xhtml?key=" + key), "course-form", Map.of(), "start");
        mona.submit(monaLesson, "lesson-form", Map.of(), "complete");

        // the course holder's figures: two enrolled, one completed, and where the other one stopped
        FacesClient.Page stats = kari.get("kursholder/statistikk.xhtml?key=" + key);
        assertEquals(200, stats.status(), stats.body());
        assertTrue(stats.body().matches("(?s).*id=\"stats-enrolled\">2<.*"), stats.body());
        assertTrue(stats.contains("id=\"stats-completed\">1 (50 %)<"), stats.body());
        assertTrue(stats.contains("var sist på «Oppsummering» (1)"), stats.body());
        assertEquals(403, mona.get("kursholder/statistikk.xhtml?key=" + key).status(), "not for learners");
        FacesClient rune = new FacesClient(base.toURI(), "nb");
        rune.logIn("redaktor@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(200, rune.get("kursholder/statistikk.xhtml?key=" + key).status(), "editors see every course");

        editor = kari.get("kursholder/kurs.xhtml?key=" + key);
        editor = addLesson(kari, key, lastModuleId(editor), Map.of("lessonTitle", "Deling på tvers av sektorer",
                "kind", "TEXT", "required", "on", "body", "Også mellom helse og skole."));
        assertTrue(editor.contains("du redigerer et utkast"), "a published course is changed in a working copy");
        assertEquals(200, dina.get("kurs/kurs.xhtml?key=" + key).status());
        assertFalse(dina.get("kurs/kurs.xhtml?key=" + key).contains("Deling på tvers av sektorer"),
                "learners see the published version until the change is published");
        assertTrue(editor.contains("Deltakere som er i gang med kurset: 1.") && editor.contains("Deltakere som må ta nye obligatoriske leksjoner: 1."),
                editor.body());
        FacesClient.Page askAgain = kari.submit(editor, "publish-form", Map.of(), "publish");
        assertTrue(askAgain.contains("Publiser likevel"), "the warning asks again before publishing");
        FacesClient.Page republished = kari.submit(askAgain, "publish-form", Map.of(), "publish-confirmed");
        assertTrue(republished.contains("Kurset er publisert.") && !republished.contains("du redigerer et utkast"), republished.body());

        FacesClient.Page dinasCourse = dina.get("kurs/kurs.xhtml?key=" + key);
        assertTrue(dinasCourse.contains("Deling på tvers av sektorer") && dinasCourse.contains("100 % fullført")
                && dinasCourse.contains("download-certificate"), "a completed course stays completed, kursbevis kept");
        assertTrue(mona.get("kurs/kurs.xhtml?key=" + key).contains("25 % fullført"),
                "a learner in progress now needs the added lesson: 1 of 4");
    }

    @Test
    void learnersAndOtherCourseHoldersCannotEditACourseEvenByForgedRequests() throws Exception {
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page editor = newCourse(kari, "Kari sitt kurs om arkiv");
        String key = courseKey(editor);
        editor = addModule(kari, editor, "Arkivplan");

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, dina.get("kursholder/kurs.xhtml?key=" + key).status());
        assertEquals(403, dina.get("kursholder/mine-kurs.xhtml").status());
        FacesClient.Page forged = dina.submit(editor, "modules-form", Map.of("new-module", "Dina var her"), "add-module");
        assertEquals(403, forged.status(), "a learner's postback to the editor is refused");

        String email = "kim.kursholder@it.laeringsarena.no";
        try (java.sql.Connection c = no.laeringsarena.testsupport.TestDatabase.connect();
             java.sql.PreparedStatement s = c.prepareStatement("""
                     WITH u AS (INSERT INTO user_account (email, display_name, password_hash)
                                SELECT ?, 'Kim Kursholder', password_hash FROM user_account WHERE email = 'kursholder@demo.laeringsarena.no'
                                RETURNING id)
                     INSERT INTO user_role (user_id, role) SELECT id, 'KURSHOLDER' FROM u""")) {
            s.setString(1, email);
            s.executeUpdate();
        }
        FacesClient kim = new FacesClient(base.toURI(), "nb");
        kim.logIn(email, DemoData.PASSWORD);
        assertEquals(403, kim.get("kursholder/kurs.xhtml?key=" + key).status(), "not his course");
        assertFalse(kim.get("kursholder/mine-kurs.xhtml").contains("Kari sitt kurs om arkiv"));
        FacesClient.Page own = newCourse(kim, "Kim sitt eget kurs");
        FacesClient.Page tampered = new FacesClient.Page(200, URI.create(own.uri().toString().replace(courseKey(own), key)), own.body());
        FacesClient.Page hijack = kim.submit(tampered, "modules-form", Map.of("new-module", "Kim var her"), "add-module");
        assertEquals(403, hijack.status(), "his own page's postback aimed at Kari's course is refused on the server");
        assertEquals(0, no.laeringsarena.testsupport.TestDatabase.count("SELECT count(*) FROM course_module WHERE title IN ('Kim var her', 'Dina var her')"));

        FacesClient.Page withKim = kari.submit(editor, "authors-form", Map.of("coAuthorEmail", email), "add-author");
        assertTrue(withKim.contains("Medforfatteren er lagt til."), withKim.body());
        assertEquals(200, kim.get("kursholder/kurs.xhtml?key=" + key).status(), "a co-author may edit");
        FacesClient.Page notHolder = kari.submit(withKim, "authors-form", Map.of("coAuthorEmail", "deltaker@demo.laeringsarena.no"), "add-author");
        assertTrue(notHolder.contains("Vi finner ingen kursholder med denne e-postadressen."));
    }

    @Test
    void uploadsAreCheckedByContentAndSizeAndServedSafely() throws Exception {
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page editor = addModule(kari, newCourse(kari, "Dokumenter i saksbehandlingen"), "Maler");
        String key = courseKey(editor);
        FacesClient.Page form = kari.get("kursholder/leksjon.xhtml?kurs=" + key + "&modul=" + lastModuleId(editor));
        form = kari.submitMultipart(form, "lesson-form", Map.of("kind", "DOCUMENT", "required", "on"), null, "change-kind");
        Map<String, String> fields = Map.of("lessonTitle", "Malen", "kind", "DOCUMENT", "required", "on");

        FacesClient.Page html = kari.submitMultipart(form, "lesson-form", fields, new FacesClient.FilePart("file", "mal.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "upload");
        assertTrue(html.contains("Filtypen er ikke tillatt."), "an HTML file named .pdf is refused");
        byte[] huge = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, huge, 0, 9);
        FacesClient.Page tooLarge = kari.submitMultipart(html, "lesson-form", fields,
                new FacesClient.FilePart("file", "stor.pdf", "application/pdf", huge), "upload");
        assertTrue(tooLarge.contains("Filen er for stor. Største tillatte størrelse er 25 MB."), tooLarge.body());
        assertEquals(0, no.laeringsarena.testsupport.TestDatabase.count(
                "SELECT count(*) FROM course_media m JOIN course c ON c.id = m.course_id WHERE c.course_key = ?", key));

        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        FacesClient.Page uploaded = kari.submitMultipart(tooLarge, "lesson-form", fields,
                new FacesClient.FilePart("file", "../Mal for «plan».pdf", "text/html", pdf), "upload");
        Matcher ref = MEDIA_REF.matcher(uploaded.body());
        assertTrue(uploaded.contains("er lastet opp") && ref.find(), uploaded.body());
        FacesClient.Page saved = kari.submitMultipart(uploaded, "lesson-form", Map.of("lessonTitle", "Malen", "kind", "DOCUMENT",
                "required", "on", "mediaUrl", "media:" + ref.group(1), "body", "Malen for planen."), null, "save");
        assertTrue(saved.contains("Leksjonen er lagret."), saved.body());

        HttpResponse<byte[]> served = kari.fetch("kursmedia/" + ref.group(1));
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = served.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains(".pdf") && !disposition.contains(".."), disposition);
        assertTrue(java.util.Arrays.equals(pdf, served.body()));
        assertEquals("bytes", served.headers().firstValue("Accept-Ranges").orElse(""));

        // a player that seeks asks for a part of the file (Safari plays no video without this)
        HttpResponse<byte[]> part = kari.fetch("kursmedia/" + ref.group(1), Map.of("Range", "bytes=5-12"));
        assertEquals(206, part.statusCode());
        assertEquals("bytes 5-12/" + pdf.length, part.headers().firstValue("Content-Range").orElse(""));
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(pdf, 5, 13), part.body()));
        HttpResponse<byte[]> beyond = kari.fetch("kursmedia/" + ref.group(1), Map.of("Range", "bytes=" + pdf.length + "-"));
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + pdf.length, beyond.headers().firstValue("Content-Range").orElse(""));

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(404, dina.fetch("kursmedia/" + ref.group(1)).statusCode(), "a draft's file is for its authors only");
    }

    @Test
    void anEditorsChangeToAnImportedCourseIsNotOverwrittenByTheNextImport() throws Exception {
        FacesClient rune = new FacesClient(base.toURI(), "nb");
        rune.logIn("redaktor@demo.laeringsarena.no", DemoData.PASSWORD);
        String key = "nasjonale-felleskomponenter";
        long versionBefore = no.laeringsarena.testsupport.TestDatabase.count("SELECT version FROM course WHERE course_key = ?", key);
        long importedVersion = no.laeringsarena.testsupport.TestDatabase.count(
                "SELECT row_version FROM content_import_state WHERE item_type = 'kurs' AND item_key = ?", key);
        assertEquals(importedVersion, versionBefore, "the seed course is as the import left it");

        FacesClient.Page editor = rune.get("kursholder/kurs.xhtml?key=" + key);
        assertEquals(200, editor.status(), "an editor (redaktør) may edit every course");
        assertEquals(0, no.laeringsarena.testsupport.TestDatabase.count("SELECT count(*) FROM course WHERE course_key = ?", "utkast-"
                + no.laeringsarena.testsupport.TestDatabase.count("SELECT id FROM course WHERE course_key = ?", key)),
                "opening the editor changes nothing");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("title", "Nasjonale felleskomponenter",
                "summary", "En innføring i de nasjonale felleskomponentene kommunene bygger tjenestene sine på – registrene,"
                        + " innloggingen og hvordan de gjør det mulig med forhåndsutfylte skjemaer. Oppdatert av redaksjonen.",
                "goals", "Kjenne de tre nasjonale grunndataregistrene\nVite hvilken rolle kommunen har for Matrikkelen\n"
                        + "Forstå hva ID-porten gjør, og hvorfor tilgang til registre gir bedre skjemaer", "format", "NETTKURS",
                "sector", "tverrgaende", "theme", "felleslosninger", "audience", "Alle kommuneansatte",
                "duration", "30", "owner", "Læringsarena redaksjonen"));
        fields.put("open", "on");
        FacesClient.Page saved = rune.submit(editor, "details-form", fields, "save-details");
        assertTrue(saved.contains("Endringene er lagret."), saved.body());
        FacesClient.Page published = rune.submit(saved, "publish-form", Map.of(), "publish");
        assertTrue(published.contains("Kurset er publisert."), published.body());
        assertTrue(new FacesClient(base.toURI(), "nb").get("kurs/kurs.xhtml?key=" + key).contains("Oppdatert av redaksjonen."));

        long versionAfter = no.laeringsarena.testsupport.TestDatabase.count("SELECT version FROM course WHERE course_key = ?", key);
        assertTrue(versionAfter > importedVersion, "publishing moved the course's version");
        String hash = "a changed file";
        assertEquals(no.laeringsarena.content.ImportDecision.SKIP_EDITED_IN_UI, no.laeringsarena.content.ImportDecision.decide(
                hash, new no.laeringsarena.content.ImportDecision.LastImport("the file as imported", importedVersion), versionAfter, false),
                "the importer keeps the UI's version when the file changes later");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
