package no.laeringsarena.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Accessibility;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A course holder uploads a cmi5 package (the tiny AU in src/test/resources/cmi5/pakke) as a lesson and publishes
 * the course; a learner launches the AU in the player's sandboxed frame, where it fetches its auth token, reads
 * LMS.LaunchData and reports initialized, completed, passed and terminated to the built-in LRS; the lesson and the
 * course show completed. The fetch URL works once; the auth token writes only its own registration; Browse mode
 * records no result; broken packages are refused with every problem named.
 */
@ExtendWith(ArquillianExtension.class)
class Cmi5IT {

    private static final Pattern MODULE_ID = Pattern.compile("modul=(\\d+)");
    private static final Pattern IFRAME_SRC = Pattern.compile("id=\"package-frame\" src=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCourseHolderUploadsACmi5PackageAndALearnerCompletesItInTheBrowser() throws Exception {
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page editor = kari.submit(kari.get("kursholder/mine-kurs.xhtml"), "new-course",
                Map.of("title", "Personvern med cmi5", "summary", "Et kurs med en cmi5-pakke.", "goals", "Kjenne taushetsplikten",
                        "format", "NETTKURS", "sector", "tverrgaende", "theme", "", "audience", "Alle ansatte",
                        "duration", "15", "owner", "KS"), "create");
        Matcher keyMatch = Pattern.compile("kursholder/kurs\\.xhtml\\?key=([a-z0-9-]+)").matcher(editor.uri().toString());
        assertTrue(keyMatch.find(), editor.uri() + editor.body());
        String courseKey = keyMatch.group(1);
        editor = kari.submit(editor, "modules-form", Map.of("new-module", "Taushetsplikt"), "add-module");
        String moduleId = lastMatch(MODULE_ID, editor.body());

        // broken packages: every problem is named, nothing is kept
        Map<String, byte[]> broken = new LinkedHashMap<>(testPackage());
        broken.put("cmi5.xml", new String(broken.get("cmi5.xml"), StandardCharsets.UTF_8)
                .replace("CompletedAndPassed", "Ferdig").replace("au/index.html", "au/mangler.html").getBytes(StandardCharsets.UTF_8));
        FacesClient.Page refused = upload(kari, editor, moduleId, "feil.zip", TestZips.zip(broken));
        assertTrue(refused.contains("moveOn «Ferdig» er ugyldig") && refused.contains("au/mangler.html?tema=taushetsplikt"),
                refused.body());
        FacesClient.Page traversal = upload(kari, editor, moduleId, "lure.zip",
                TestZips.zip(Map.of("cmi5.xml", broken.get("cmi5.xml"), "au/../../../etc/passwd", new byte[]{1})));
        assertTrue(traversal.contains("peker ut av pakken"), traversal.body());

        FacesClient.Page uploaded = upload(kari, editor, moduleId, "personvern.zip", TestZips.zip(testPackage()));
        assertTrue(uploaded.contains("er lastet opp: én ny leksjon.") && uploaded.contains("Enhet om taushetsplikt"),
                uploaded.body());
        courseHolderPreviewsTheDraftsAuWithoutProgress(kari, uploaded, courseKey);
        FacesClient.Page published = kari.submit(uploaded, "publish-form", Map.of(), "publish");
        assertTrue(published.contains("Kurset er publisert."), published.body());

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page coursePage = dina.get("kurs/kurs.xhtml?key=" + courseKey);
        Matcher lessonMatch = Pattern.compile("leksjon=([a-z0-9-]+)").matcher(coursePage.body());
        assertTrue(lessonMatch.find(), coursePage.body());
        String lessonKey = lessonMatch.group(1);
        String lessonPath = "kurs/leksjon.xhtml?kurs=" + courseKey + "&leksjon=" + lessonKey;

        FacesClient guest = new FacesClient(base.toURI(), "nb");
        FacesClient.Page guestPlayer = guest.get("kurs/pakke.xhtml?kurs=" + courseKey + "&leksjon=" + lessonKey);
        assertTrue(guestPlayer.uri().toString().contains("logg-inn") && !guestPlayer.contains("package-frame"),
                guestPlayer.uri().toString());

        String firstLaunch = learnerCompletesTheAuInTheBrowser(lessonPath, courseKey);

        // the fetch URL of that launch was used by the AU: a second use is refused the cmi5 way
        HttpResponse<String> again = post(parameter(firstLaunch, "fetch"), "");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("\"error-code\":\"1\""), again.body());

        // a Browse launch: the token works for its own registration only, and no result may be recorded
        FacesClient.Page browse = dina.get("kurs/pakke.xhtml?kurs=" + courseKey + "&leksjon=" + lessonKey + "&modus=Browse");
        assertEquals(200, browse.status(), browse.body());
        String launch = lastMatch(IFRAME_SRC, browse.body()).replace("&amp;", "&");
        HttpResponse<String> fetched = post(parameter(launch, "fetch"), "");
        assertEquals(200, fetched.statusCode(), fetched.body());
        String token = Pattern.compile("\"auth-token\":\"([^\"]+)\"").matcher(fetched.body()).results().findFirst()
                .orElseThrow().group(1);
        String actor = parameter(launch, "actor");
        String activityId = parameter(launch, "activityId");
        String registration = parameter(launch, "registration");
        String endpoint = parameter(launch, "endpoint");
        assertEquals(403, statement(endpoint, token, actor, activityId, "00000000-0000-4000-8000-000000000000",
                "http://adlnet.gov/expapi/verbs/initialized").statusCode(), "another registration");
        assertEquals(400, statement(endpoint, token, actor, activityId, registration,
                "http://adlnet.gov/expapi/verbs/completed").statusCode(), "completed in Browse mode");
        assertEquals(200, statement(endpoint, token, actor, activityId, registration,
                "http://adlnet.gov/expapi/verbs/initialized").statusCode());
        assertEquals(400, post(parameter(launch, "fetch"), "").statusCode(), "the fetch URL works once");

        // launching again abandons the session left without "terminated": its token stops working
        FacesClient.Page relaunch = dina.get("kurs/pakke.xhtml?kurs=" + courseKey + "&leksjon=" + lessonKey);
        assertTrue(relaunch.contains("package-frame"), relaunch.body());
        assertEquals(401, statement(endpoint, token, actor, activityId, registration,
                "http://adlnet.gov/expapi/verbs/initialized").statusCode(), "an abandoned session's token");
        String lms = endpoint + "statements?registration=" + registration + "&verb=";
        String abandoned = lrs(lms + "https%3A%2F%2Fw3id.org%2Fxapi%2Fadl%2Fverbs%2Fabandoned");
        assertTrue(abandoned.contains(Cmi5Statements.SESSION_ID) && abandoned.contains(activityId), abandoned);
        String satisfied = lrs(lms + "https%3A%2F%2Fw3id.org%2Fxapi%2Fadl%2Fverbs%2Fsatisfied");
        assertTrue(satisfied.contains("cmi5-kurs") && satisfied.contains(Cmi5Statements.CATEGORY), satisfied);
        String launched = lrs(lms + "http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Flaunched");
        assertTrue(launched.contains("\"Browse\"") && launched.contains("\"Normal\""), launched);

        courseHolderWaivesTheAuForAnotherLearner(kari, courseKey, lessonKey, endpoint, activityId);

        // the package's files: sandboxed, and nothing outside the package
        String packagePrefix = launch.substring(0, launch.indexOf("/au/index.html"));
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(packagePrefix + "/au/au.js"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox allow-scripts allow-forms"));
        int backslash = get(packagePrefix + "/au/%5C..%5Ccmi5.xml").statusCode();
        assertTrue(backslash == 404 || backslash == 400, "a backslash: " + backslash);
        assertEquals(404, get(base + "pakke/00000000-0000-4000-8000-000000000000/au/au.js").statusCode(), "another key");
        HttpResponse<String> outside = get(packagePrefix + "/au/%2e%2e/%2e%2e/%2e%2e/WEB-INF/web.xml");
        assertTrue(outside.statusCode() != 200 && !outside.body().contains("<web-app"), outside.statusCode() + outside.body());
    }

    /**
     * Before publishing, the course holder previews the AU from the course editor: Browse mode, a registration of its
     * own, no result accepted, no enrolment and no AU state for her; a learner may not preview.
     */
    private void courseHolderPreviewsTheDraftsAuWithoutProgress(FacesClient kari, FacesClient.Page editor, String courseKey)
            throws Exception {
        Matcher link = Pattern.compile("kurs/pakke\\.xhtml\\?kurs=" + courseKey + "&amp;leksjon=([a-z0-9-]+)&amp;forhandsvisning=1")
                .matcher(editor.body());
        assertTrue(link.find(), "the course editor offers a preview of the package lesson: " + editor.body());
        String previewPath = "kurs/pakke.xhtml?kurs=" + courseKey + "&leksjon=" + link.group(1) + "&forhandsvisning=1";
        FacesClient.Page preview = kari.get(previewPath);
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.contains("id=\"preview-notice\"") && preview.contains("package-frame"), preview.body());
        String launch = lastMatch(IFRAME_SRC, preview.body()).replace("&amp;", "&");
        HttpResponse<String> fetched = post(parameter(launch, "fetch"), "");
        assertEquals(200, fetched.statusCode(), fetched.body());
        String token = Pattern.compile("\"auth-token\":\"([^\"]+)\"").matcher(fetched.body()).results().findFirst()
                .orElseThrow().group(1);
        String actor = parameter(launch, "actor");
        String activityId = parameter(launch, "activityId");
        String registration = parameter(launch, "registration");
        String endpoint = parameter(launch, "endpoint");
        assertEquals(200, statement(endpoint, token, actor, activityId, registration,
                "http://adlnet.gov/expapi/verbs/initialized").statusCode());
        assertEquals(400, statement(endpoint, token, actor, activityId, registration,
                "http://adlnet.gov/expapi/verbs/completed").statusCode(), "a preview records no result");
        assertEquals(200, statement(endpoint, token, actor, activityId, registration,
                "http://adlnet.gov/expapi/verbs/terminated").statusCode());
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM enrolment e JOIN user_account u ON u.id = e.user_id "
                + "JOIN course c ON c.id = e.course_id WHERE u.email = ? AND c.course_key = ?",
                "kursholder@demo.laeringsarena.no", courseKey), "previewing enrols nobody");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM cmi5_au_state s JOIN user_account u ON u.id = s.user_id "
                + "WHERE u.email = ?", "kursholder@demo.laeringsarena.no"), "previewing is nobody's progress");
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM cmi5_session WHERE registration = ?::uuid AND preview "
                + "AND ended_how = 'terminated'", registration));

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, dina.get(previewPath).status(), "only those who may edit the course preview it");
    }

    /**
     * Lise has started the course (a Browse launch); the course holder waives the AU for her with a cmi5 reason: the
     * LRS has the "waived" statement (success, completion, reason, a session of its own) and the course "satisfied",
     * Lise's lesson is completed, the waiver is listed and audit-logged, and a second waiver is refused.
     */
    private void courseHolderWaivesTheAuForAnotherLearner(FacesClient kari, String courseKey, String lessonKey,
                                                          String endpoint, String activityId) throws Exception {
        FacesClient lise = new FacesClient(base.toURI(), "nb");
        lise.logIn("leder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page browse = lise.get("kurs/pakke.xhtml?kurs=" + courseKey + "&leksjon=" + lessonKey + "&modus=Browse");
        assertEquals(200, browse.status(), browse.body());
        String registration = parameter(lastMatch(IFRAME_SRC, browse.body()).replace("&amp;", "&"), "registration");

        FacesClient.Page waivers = kari.get("kursholder/fritak.xhtml?key=" + courseKey);
        assertEquals(200, waivers.status(), waivers.body());
        assertTrue(waivers.contains("Enhet om taushetsplikt") && waivers.contains("id=\"no-waivers\""), waivers.body());
        FacesClient.Page notEnrolled = kari.submit(waivers, "waiver-form", Map.of("unit", lessonKey,
                "email", "moderator@demo.laeringsarena.no", "reason", "TESTED_OUT"), "waive");
        assertTrue(notEnrolled.contains("moderator@demo.laeringsarena.no har ikke startet dette kurset"), notEnrolled.body());
        FacesClient.Page waived = kari.submit(waivers, "waiver-form", Map.of("unit", lessonKey,
                "email", "leder@demo.laeringsarena.no", "reason", "EQUIVALENT_OUTSIDE_ACTIVITY"), "waive");
        assertTrue(waived.contains("leder@demo.laeringsarena.no er fritatt fra enheten.")
                && waived.contains("Lise Leder") && waived.contains("Tilsvarende opplæring utenfor kurset"), waived.body());
        FacesClient.Page again = kari.submit(waived, "waiver-form", Map.of("unit", lessonKey,
                "email", "leder@demo.laeringsarena.no", "reason", "ADMINISTRATIVE"), "waive");
        assertTrue(again.contains("Deltakeren er allerede fritatt fra denne enheten."), again.body());

        String lms = endpoint + "statements?registration=" + registration + "&verb=";
        String statement = lrs(lms + "https%3A%2F%2Fw3id.org%2Fxapi%2Fadl%2Fverbs%2Fwaived");
        assertTrue(statement.contains(activityId) && statement.contains("\"success\":true")
                && statement.contains("\"completion\":true")
                && statement.contains("\"https://w3id.org/xapi/cmi5/result/extensions/reason\":\"Equivalent Outside Activity\"")
                && statement.contains(Cmi5Statements.SESSION_ID) && statement.contains(Cmi5Statements.CATEGORY), statement);
        String satisfied = lrs(lms + "https%3A%2F%2Fw3id.org%2Fxapi%2Fadl%2Fverbs%2Fsatisfied");
        assertTrue(satisfied.contains("cmi5-kurs"), "every AU met: the course is satisfied " + satisfied);
        assertTrue(lise.get("kurs/leksjon.xhtml?kurs=" + courseKey + "&leksjon=" + lessonKey)
                .contains("Du har fullført denne leksjonen."), "the waived lesson counts as completed");
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM audit_event WHERE event_type = 'CMI5_AU_WAIVED' "
                + "AND details LIKE ?", "%" + courseKey + "%Equivalent Outside Activity%"));

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, dina.get("kursholder/fritak.xhtml?key=" + courseKey).status(), "learners waive nothing");
    }

    /** Answers the launch URL the player used. */
    private String learnerCompletesTheAuInTheBrowser(String lessonPath, String courseKey) throws Exception {
        WebDriver browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "logg-inn.xhtml");
            browser.findElement(By.id("login-form:email")).sendKeys("deltaker@demo.laeringsarena.no");
            browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD);
            browser.findElement(By.id("login-form:submit")).click();
            wait.until(ExpectedConditions.urlContains("min-side.xhtml"));

            browser.get(base + lessonPath);
            assertEquals(List.of(), Accessibility.seriousViolations(browser), "the package lesson page");
            assertEquals("Leksjonen blir fullført når du har gjort det pakken krever.",
                    browser.findElement(By.id("package-status")).getText());
            browser.findElement(By.id("start-package")).click();
            WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("package-frame")));
            String launchUrl = frame.getAttribute("src");
            assertTrue(frame.getAttribute("sandbox").contains("allow-scripts")
                    && !frame.getAttribute("sandbox").contains("allow-same-origin"), frame.getAttribute("sandbox"));
            browser.switchTo().frame(frame);
            wait.until(d -> d.findElement(By.id("status")).getText().matches("(ferdig|feil):.*"));
            String status = browser.findElement(By.id("status")).getText();
            browser.switchTo().defaultContent();
            assertEquals(List.of(), Accessibility.seriousViolations(browser), "the player page");
            Browsers.screenshot(browser, "cmi5-player");
            assertEquals("ferdig: Normal CompletedAndPassed 0.8", status);

            browser.findElement(By.id("back-to-lesson")).click();
            wait.until(ExpectedConditions.textToBe(By.id("package-status"), "Du har fullført denne leksjonen."));
            Browsers.screenshot(browser, "cmi5-lesson-completed");
            browser.get(base + "kurs/kurs.xhtml?key=" + courseKey);
            assertTrue(browser.findElement(By.id("progress-text")).getText().contains("100 %"),
                    browser.findElement(By.id("progress-text")).getText());
            return launchUrl;
        } finally {
            browser.quit();
        }
    }

    private static FacesClient.Page upload(FacesClient holder, FacesClient.Page editor, String moduleId, String fileName,
                                           byte[] zip) throws Exception {
        return holder.submitMultipart(editor, "package-form", Map.of("package-module", moduleId),
                new FacesClient.FilePart("package-file", fileName, "application/zip", zip), "upload-package");
    }

    private static HttpResponse<String> statement(String endpoint, String token, String actor, String activityId,
                                                  String registration, String verb) throws IOException, InterruptedException {
        String body = "{\"actor\":" + actor + ",\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"id\":\"" + activityId
                + "\"},\"context\":{\"registration\":\"" + registration + "\"}}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint + "statements"))
                .header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A statement query with the ITs' bootstrap LRS client. */
    private static String lrs(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "it-bootstrap:it-bootstrap-hemmelighet-2026".getBytes(StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "1.0.3").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String parameter(String url, String name) {
        String query = url.substring(url.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static String lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        assertTrue(last != null, "no " + pattern + " in " + text);
        return last;
    }

    /** The files of the test package, read from src/test/resources/cmi5/pakke. */
    private static Map<String, byte[]> testPackage() throws IOException {
        Path root = Path.of("src/test/resources/cmi5/pakke");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
