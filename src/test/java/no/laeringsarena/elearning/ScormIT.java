package no.laeringsarena.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * SCORM end to end: a course holder imports a SCORM 1.2 package (API) and a SCORM 2004 package (the course editor's
 * package upload) — our minimal SCOs in src/test/resources/scorm — into a course and publishes it; a learner plays each SCO in a real browser, which finds
 * the API, reads where it starts, and sets status, score, location and suspend data; the lessons complete with the
 * score (in the course and as xAPI statements), and a relaunch resumes where she left off. The server checks every
 * value again, whatever the browser sends.
 */
@ExtendWith(ArquillianExtension.class)
class ScormIT {

    private static final Pattern MODULE_ID = Pattern.compile("modul=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLearnerPlaysScorm12And2004PackagesTheyCompleteWithTheScoreAndResume() throws Exception {
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page mine = kari.get("kursholder/mine-kurs.xhtml");
        FacesClient.Page editor = kari.submit(mine, "new-course", Map.of("title", "Personvern og sikkerhet med SCORM",
                "summary", "To e-læringspakker om personvern og informasjonssikkerhet.", "goals", "Kjenne reglene",
                "format", "NETTKURS", "sector", "tverrgaende", "theme", "", "audience", "Alle ansatte", "duration", "20",
                "owner", "KS"), "create");
        Matcher keyMatch = Pattern.compile("kursholder/kurs\\.xhtml\\?key=([a-z0-9-]+)").matcher(editor.uri().toString());
        assertTrue(keyMatch.find(), editor.uri().toString());
        String key = keyMatch.group(1);
        editor = kari.submit(editor, "modules-form", Map.of("new-module", "Pakkene"), "add-module");
        Matcher module = MODULE_ID.matcher(editor.body());
        String moduleId = null;
        while (module.find()) {
            moduleId = module.group(1);
        }

        // a package with problems is refused with every problem named, and nothing is kept
        HttpResponse<String> broken = importZip(kari, key, moduleId, zip("scorm12", Map.of("imsmanifest.xml",
                Files.readString(resource("scorm12").resolve("imsmanifest.xml"))
                        .replace("identifierref=\"res-personvern\"", "identifierref=\"finnes-ikke\"")
                        .replace("href=\"sco.html\"", "href=\"../../utenfor.html\""))));
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("Elementet «sco-personvern» peker på ressursen «finnes-ikke», som ikke finnes.")
                && broken.body().contains("Ressursen «res-personvern» peker ut av pakken: «../../utenfor.html»."), broken.body());
        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, importZip(dina, key, moduleId, zip("scorm12", Map.of())).statusCode(),
                "a learner cannot import packages");

        HttpResponse<String> scorm12 = importZip(kari, key, moduleId, zip("scorm12", Map.of()));
        assertEquals(201, scorm12.statusCode(), scorm12.body());
        assertTrue(scorm12.body().contains("\"version\":\"1.2\"") && scorm12.body().contains("Personvern i hverdagen"));
        String lesson12 = json(scorm12.body()).getJsonArray("lessons").getJsonObject(0).getString("key");
        // the 2004 package through the course editor's package upload, which hands SCORM packages to ScormImport
        FacesClient.Page refused = kari.submitMultipart(kari.get("kursholder/kurs.xhtml?key=" + key), "package-form",
                Map.of("package-module", moduleId), new FacesClient.FilePart("package-file", "sikkerhet.zip", "application/zip",
                        zip("scorm2004", Map.of("imsmanifest.xml", Files.readString(resource("scorm2004")
                                .resolve("imsmanifest.xml")).replace("default=\"org-sikkerhet\"", "default=\"borte\"")))),
                "upload-package");
        assertTrue(refused.contains("Standardorganiseringen «borte» finnes ikke i manifestet."), refused.body());
        FacesClient.Page uploaded = kari.submitMultipart(kari.get("kursholder/kurs.xhtml?key=" + key), "package-form",
                Map.of("package-module", moduleId), new FacesClient.FilePart("package-file", "sikkerhet.zip", "application/zip",
                        zip("scorm2004", Map.of())), "upload-package");
        assertTrue(uploaded.contains("Sikre passord"), uploaded.body());
        FacesClient.Page published = kari.submit(kari.get("kursholder/kurs.xhtml?key=" + key), "publish-form", Map.of(), "publish");
        assertTrue(published.contains("Kurset er publisert."), published.body());
        Matcher link = Pattern.compile("leksjon=([a-z0-9-]+)[^>]*>\\s*Sikre passord").matcher(kari.get("kurs/kurs.xhtml?key=" + key).body());
        assertTrue(link.find(), "the course page lists the SCORM 2004 lesson");
        String lesson2004 = link.group(1);

        WebDriver browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(base + "logg-inn.xhtml");
            browser.findElement(By.id("login-form:email")).sendKeys("deltaker@demo.laeringsarena.no");
            browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD);
            browser.findElement(By.id("login-form:submit")).click();
            wait.until(ExpectedConditions.urlContains("min-side.xhtml"));

            browser.get(base + "kurs/leksjon.xhtml?kurs=" + key + "&leksjon=" + lesson12);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("start-scorm"))).click();
            playAndFinish(browser, wait, "scorm12-first-launch");
            assertEquals("Leksjonen er fullført.", browser.findElement(By.id("scorm-status")).getText());
            assertEquals(List.of(), Accessibility.seriousViolations(browser), "the player page passes axe");

            browser.get(base + "kurs/scorm.xhtml?kurs=" + key + "&leksjon=" + lesson2004);
            playAndFinish(browser, wait, "scorm2004-first-launch");
            assertEquals("Leksjonen er fullført.", browser.findElement(By.id("scorm-status")).getText());

            browser.get(base + "kurs/kurs.xhtml?key=" + key);
            assertTrue(browser.findElement(By.id("progress-text")).getText().contains("100 %"),
                    "both package lessons done: the course is complete");
            Browsers.screenshot(browser, "scorm-course-completed");

            for (String lesson : List.of(lesson12, lesson2004)) {
                browser.get(base + "kurs/scorm.xhtml?kurs=" + key + "&leksjon=" + lesson);
                inSco(browser, wait);
                assertEquals("resume", browser.findElement(By.id("entry")).getText(), lesson);
                assertEquals("side-3", browser.findElement(By.id("location")).getText(), lesson);
                assertEquals("sider=1,2,3", browser.findElement(By.id("suspend-data")).getText(), lesson);
                assertEquals("kommune=test", browser.findElement(By.id("launch-data")).getText(), lesson);
                Browsers.screenshot(browser, "scorm-resumed-" + lesson);
                browser.switchTo().defaultContent();
            }
        } finally {
            browser.quit();
        }

        // the scores are learning records: passed (1.2 by its mastery score of 70) with scaled 0.85 and 0.9
        String passed = statements(key, lesson12, "passed");
        assertTrue(passed.contains("\"scaled\":0.85") && passed.contains("\"raw\":85"), passed);
        assertTrue(passed.contains("\"duration\":\"PT1M30S\""), "the session time became the total time: " + passed);
        String passed2004 = statements(key, lesson2004, "passed");
        assertTrue(passed2004.contains("\"scaled\":0.9") && passed2004.contains("\"raw\":90"), passed2004);
        assertFalse(passed2004.contains("deltaker@demo"), "no e-mail in learning records");
    }

    @Test
    void theServerChecksEveryValueAgainAndKeepsSessionsToTheirLearner() throws Exception {
        FacesClient kari = new FacesClient(base.toURI(), "nb");
        kari.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page editor = kari.submit(kari.get("kursholder/mine-kurs.xhtml"), "new-course", Map.of("title",
                "Kontroll av SCORM-verdier", "summary", "Et kurs med en SCORM-pakke.", "goals", "Teste",
                "format", "NETTKURS", "sector", "tverrgaende", "theme", "", "audience", "Alle", "duration", "5",
                "owner", "KS"), "create");
        Matcher keyMatch = Pattern.compile("key=([a-z0-9-]+)").matcher(editor.uri().toString());
        assertTrue(keyMatch.find());
        String key = keyMatch.group(1);
        editor = kari.submit(editor, "modules-form", Map.of("new-module", "Pakken"), "add-module");
        Matcher module = MODULE_ID.matcher(editor.body());
        String moduleId = null;
        while (module.find()) {
            moduleId = module.group(1);
        }
        HttpResponse<String> imported = importZip(kari, key, moduleId, zip("scorm12", Map.of()));
        assertEquals(201, imported.statusCode(), imported.body());
        String lesson = json(imported.body()).getJsonArray("lessons").getJsonObject(0).getString("key");
        kari.submit(kari.get("kursholder/kurs.xhtml?key=" + key), "publish-form", Map.of(), "publish");

        FacesClient dina = new FacesClient(base.toURI(), "nb");
        dina.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        HttpResponse<String> launch = post(dina, "api/scorm/launch?kurs=" + key + "&leksjon=" + lesson, "application/json", "");
        assertEquals(200, launch.statusCode(), launch.body());
        JsonObject launched = json(launch.body());
        assertEquals("ab-initio", launched.getJsonObject("values").getString("cmi.core.entry"));
        String session = "api/scorm/sessions/" + launched.getString("session");

        HttpResponse<String> outOfRange = post(dina, session, "application/json",
                "{\"values\":[[\"cmi.core.lesson_location\",\"side-2\"],[\"cmi.core.score.raw\",\"101\"]],\"finish\":false}");
        assertEquals(400, outOfRange.statusCode());
        assertEquals(405, json(outOfRange.body()).getInt("code"), outOfRange.body());
        HttpResponse<String> readOnly = post(dina, session, "application/json",
                "{\"values\":[[\"cmi.core.lesson_status\",\"passed\"],[\"cmi.core.total_time\",\"9999:00:00\"]]}");
        assertEquals(403, json(readOnly.body()).getInt("code"), "a browser cannot write a read-only element");
        HttpResponse<String> notHers = post(kari, session, "application/json", "{\"values\":[],\"finish\":true}");
        assertEquals(404, notHers.statusCode(), "another user cannot use her session");
        FacesClient guest = new FacesClient(base.toURI(), "nb");
        assertEquals(401, post(guest, session, "application/json", "{}").statusCode());
        FacesClient.Page player = guest.get("kurs/scorm.xhtml?kurs=" + key + "&leksjon=" + lesson);
        assertTrue(player.uri().toString().contains("logg-inn.xhtml"), "the player needs a login: " + player.uri());

        FacesClient.Page course = dina.get("kurs/kurs.xhtml?key=" + key);
        assertFalse(course.contains("100 %"), "nothing of a refused commit was kept: the lesson is not passed");
        HttpResponse<String> ok = post(dina, session, "application/json",
                "{\"values\":[[\"cmi.core.lesson_location\",\"side-2\"],[\"cmi.core.exit\",\"suspend\"]],\"finish\":true}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(404, post(dina, session, "application/json", "{\"values\":[],\"finish\":true}").statusCode(),
                "a finished session takes no more values");
        JsonObject relaunched = json(post(dina, "api/scorm/launch?kurs=" + key + "&leksjon=" + lesson, "application/json", "").body());
        assertEquals("resume", relaunched.getJsonObject("values").getString("cmi.core.entry"));
        assertEquals("side-2", relaunched.getJsonObject("values").getString("cmi.core.lesson_location"));
        assertEquals(404, post(dina, "api/scorm/launch?kurs=" + key + "&leksjon=finnes-ikke", "application/json", "").statusCode());
    }

    /** Waits for the SCO in the player's frame to be ready (it has found the API and initialised). */
    private static void inSco(WebDriver browser, WebDriverWait wait) {
        wait.until(d -> !d.findElement(By.id("scorm-frame")).getAttribute("src").endsWith("about:blank"));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-frame")));
        wait.until(ExpectedConditions.textToBe(By.id("sco-state"), "Klar"));
    }

    private static void playAndFinish(WebDriver browser, WebDriverWait wait, String screenshot) throws IOException {
        inSco(browser, wait);
        assertEquals("ab-initio", browser.findElement(By.id("entry")).getText());
        assertEquals("kommune=test", browser.findElement(By.id("launch-data")).getText());
        Browsers.screenshot(browser, screenshot);
        browser.findElement(By.id("finish")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sco-state"), "Ferdig"));
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.textToBe(By.id("scorm-status"), "Leksjonen er fullført."));
        assertTrue(browser.findElement(By.id("back-to-course")).isDisplayed());
    }

    private String statements(String courseKey, String lessonKey, String verb) throws Exception {
        String activity = "http://localhost:8080/xapi/activities/lesson/" + URLEncoder.encode(courseKey + "/" + lessonKey,
                StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve("xapi/statements?verb="
                        + URLEncoder.encode("http://adlnet.gov/expapi/verbs/" + verb, StandardCharsets.UTF_8)
                        + "&activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "2.0.0")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "it-bootstrap:it-bootstrap-hemmelighet-2026".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(activity), response.body());
        return response.body();
    }

    private HttpResponse<String> importZip(FacesClient who, String key, String moduleId, byte[] zip) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve("api/scorm/import?kurs=" + key + "&modul=" + moduleId
                        + "&filnavn=pakke.zip"))
                .header("Cookie", "JSESSIONID=" + who.sessionId().orElseThrow())
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(FacesClient who, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        who.sessionId().ifPresent(id -> request.header("Cookie", "JSESSIONID=" + id));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ScormIT.class.getResource("/scorm/" + name).toURI());
    }

    /** The test package as a zip, with some files replaced. */
    private static byte[] zip(String name, Map<String, String> replaced) throws Exception {
        Path root = resource(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = root.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(replaced.containsKey(entry) ? replaced.get(entry).getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
