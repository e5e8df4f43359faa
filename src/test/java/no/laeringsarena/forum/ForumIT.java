package no.laeringsarena.forum;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forum on the shipped war with PostgreSQL and Elasticsearch: starting a thread and replying; 50 replies at
 * once from several logged-in users; a moderator hiding a reported reply; a closed category that non-members can
 * neither open by URL nor find by search; and XSS payloads posted in a real browser that only ever show as text.
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

    private static final Pattern THREAD_ID = Pattern.compile("trad\\.xhtml\\?id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private FacesClient browser() throws Exception {
        return new FacesClient(base.toURI(), "nb-NO,nb;q=0.9");
    }

    private FacesClient loggedIn(int demoUser) throws Exception {
        FacesClient client = browser();
        client.logIn(DemoData.USERS.get(demoUser).email(), DemoData.PASSWORD);
        return client;
    }

    @Test
    void aUserStartsAThreadAndRepliesWithTheRulesShownAndBoundsChecked() throws Exception {
        FacesClient user = loggedIn(0);
        Page category = user.get("forum/kategori.xhtml?key=om-fellesskapet");
        assertEquals(200, category.status());
        assertTrue(category.contains("Et digitalt forum for erfaringsdeling"), "the seed thread is listed");
        assertTrue(category.contains("Del erfaringer, ikke personopplysninger"), "forum rules shown when posting");

        Page tooLong = user.submit(category, "thread-form", Map.of("title", "x".repeat(201), "body", "Tekst"), "start");
        assertTrue(tooLong.contains("Tittelen kan være høyst 200 tegn"), "clear message");
        Page empty = user.submit(user.get("forum/kategori.xhtml?key=om-fellesskapet"), "thread-form",
                Map.of("title", "Tittel", "body", " "), "start");
        assertTrue(empty.contains("Skriv en tekst."));

        Page thread = user.submit(user.get("forum/kategori.xhtml?key=om-fellesskapet"), "thread-form",
                Map.of("title", "Hvordan bruker dere forumet?", "body", "Vi vil gjerne vite **hvordan** dere bruker det."), "start");
        assertTrue(thread.contains("Tråden er publisert"), "confirmed");
        assertTrue(thread.contains("<strong>hvordan</strong>"), "Markdown rendered");
        long id = threadId(thread);

        Page replied = user.submit(thread, "reply-form", Map.of("body", "Vi bruker det til *spørsmål* om arkiv."), "send");
        assertTrue(replied.contains("Svaret er publisert"));
        assertTrue(replied.contains("<em>spørsmål</em>"));

        Page guestView = browser().get("forum/trad.xhtml?id=" + id);
        assertEquals(200, guestView.status());
        assertTrue(guestView.contains("Vi bruker det til"), "guests read open threads");
        assertFalse(guestView.contains("id=\"reply-form\""), "but cannot reply");
        assertTrue(count("SELECT count(*) FROM xapi_statement WHERE verb_id = 'http://adlnet.gov/expapi/verbs/commented'") >= 2,
                "learning events 'commented' recorded for the thread and the reply");
    }

    @Test
    void fiftyRepliesAtOnceFromSeveralUsersAreAllStored() throws Exception {
        FacesClient starter = loggedIn(1);
        Page thread = starter.submit(starter.get("forum/kategori.xhtml?key=interkommunalt-samarbeid"), "thread-form",
                Map.of("title", "Samtidige svar", "body", "Svar i vei!"), "start");
        long id = threadId(thread);
        // six users reply at the same time, each from their own session, their replies one after another
        List<FacesClient> clients = new ArrayList<>();
        for (int i = 0; i < DemoData.USERS.size(); i++) {
            clients.add(loggedIn(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                FacesClient client = clients.get(c);
                int user = c;
                answers.add(pool.submit(() -> {
                    int ok = 0;
                    for (int n = user; n < 50; n += clients.size()) {
                        Page page = client.get("forum/trad.xhtml?id=" + id);
                        Page after = client.submit(page, "reply-form", Map.of("body", "Samtidig svar nummer " + n), "send");
                        ok += after.contains("Svaret er publisert") ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int confirmed = 0;
            for (Future<Integer> answer : answers) {
                confirmed += answer.get();
            }
            assertEquals(50, confirmed, "every reply confirmed");
        } finally {
            pool.shutdown();
        }
        assertEquals(50, count("SELECT count(*) FROM forum_reply WHERE thread_id = ?", id));
        assertEquals(50, count("SELECT reply_count FROM forum_thread WHERE id = ?", id), "reply count right");
        Page page = browser().get("forum/trad.xhtml?id=" + id);
        assertTrue(page.contains("<span id=\"reply-count\">50</span>"), "50 replies shown");
        for (int i = 0; i < 50; i++) {
            assertTrue(page.contains("Samtidig svar nummer " + i + "<"), "reply " + i);
        }
    }

    @Test
    void aModeratorHidesAReportedReplyAndOthersNoLongerSeeIt() throws Exception {
        FacesClient asker = loggedIn(0);
        Page thread = asker.submit(asker.get("forum/kategori.xhtml?key=stottefunksjoner"), "thread-form",
                Map.of("title", "Lønnssystem etter sammenslåing", "body", "Hvilket lønnssystem valgte dere?"), "start");
        long id = threadId(thread);
        FacesClient other = loggedIn(1);
        other.submit(other.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Upassende svar med personopplysninger"), "send");
        long replyId = count("SELECT max(id) FROM forum_reply WHERE thread_id = ?", id);

        Page reported = asker.submit(asker.get("forum/trad.xhtml?id=" + id), "report-form",
                Map.of("target", String.valueOf(replyId), "reason", "Inneholder opplysninger om en enkeltsak"), "report");
        assertTrue(reported.contains("Innlegget er rapportert"), "confirmed");

        assertEquals(403, asker.get("forum/moderering.xhtml").status(), "the queue is for moderators only");
        FacesClient moderator = loggedIn(3);
        Page queue = moderator.get("forum/moderering.xhtml");
        assertEquals(200, queue.status());
        assertTrue(queue.contains("Inneholder opplysninger om en enkeltsak"), "the report is in the queue");
        Page noReason = moderator.submit(queue, "reports:0:act", Map.of("reason", ""), "hide");
        assertTrue(noReason.contains("Skriv en begrunnelse"), "why is required");
        Page hidden = moderator.submit(moderator.get("forum/moderering.xhtml"), "reports:0:act",
                Map.of("reason", "Personopplysninger om en sak"), "hide");
        assertTrue(hidden.contains("Handlingen er utført og loggført"));
        assertTrue(hidden.contains("Personopplysninger om en sak"), "in the audit log on the page");
        assertEquals(1, count("SELECT count(*) FROM forum_moderation_log WHERE action = 'HIDE' AND reply_id = ? "
                + "AND reason = 'Personopplysninger om en sak'", replyId), "who, what, when, why logged");
        assertEquals(0, count("SELECT count(*) FROM forum_report WHERE reply_id = ? AND status = 'OPEN'", replyId));

        assertFalse(asker.get("forum/trad.xhtml?id=" + id).contains("Upassende svar"), "gone for the asker");
        assertFalse(browser().get("forum/trad.xhtml?id=" + id).contains("Upassende svar"), "gone for guests");
        assertTrue(moderator.get("forum/trad.xhtml?id=" + id).contains("Upassende svar"), "moderators still see it");

        Page locked = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "moderation-form",
                Map.of("reason", "Ferdig diskutert"), "lock");
        assertTrue(locked.contains("Låst"));
        Page askerView = asker.get("forum/trad.xhtml?id=" + id);
        assertFalse(askerView.contains("id=\"reply-form\""), "a locked thread takes no replies");
        assertTrue(askerView.contains("Tråden er låst"));
    }

    @Test
    void aClosedCategoryIsInvisibleToNonMembersByUrlAndSearchUntilAModeratorApproves() throws Exception {
        awaitSearch("q=robotbibliotek", r -> ids(r).stream().anyMatch(i -> i.startsWith("forum-thread:")));
        JsonObject seeded = awaitSearch("type=forumtrad&size=50", r -> r.getInt("total") >= 18);
        assertTrue(seeded.getJsonObject("facets").getJsonObject("sector").getInt("tverrgaende") >= 1, "sector facet");

        FacesClient moderator = loggedIn(3);
        Page closed = moderator.get("forum/kategori.xhtml?key=nettverk-for-prosjektledere");
        Page secret = moderator.submit(closed, "thread-form",
                Map.of("title", "Fortrolig budsjettdrøfting", "body", "Kvasihemmelig tekst om budsjettet."), "start");
        long id = threadId(secret);

        assertEquals(404, browser().get("forum/trad.xhtml?id=" + id).status(), "guests cannot open it by URL");
        FacesClient outsider = loggedIn(0);
        assertEquals(404, outsider.get("forum/trad.xhtml?id=" + id).status(), "nor can a non-member");
        Page categoryPage = outsider.get("forum/kategori.xhtml?key=nettverk-for-prosjektledere");
        assertTrue(categoryPage.contains("lukket fellesskap"), "only the join notice");
        assertFalse(categoryPage.contains("Fortrolig budsjettdrøfting"));
        assertFalse(outsider.get("forum.xhtml").contains("Nettverk for prosjektledere"), "not on the forum page");

        awaitSearch("q=robotbibliotek", r -> r.getInt("total") > 0);
        Thread.sleep(2000);
        assertEquals(0, search("q=Kvasihemmelig").getInt("total"), "not found via /api/search");
        assertEquals(0, search("q=budsjettdr%C3%B8fting").getInt("total"));
        assertEquals(0, count("SELECT count(*) FROM search_outbox WHERE document_id = ? AND operation = 'UPSERT'",
                "forum-thread:" + id), "never sent to the index");

        outsider.submit(categoryPage, "join-form", Map.of(), "join");
        assertEquals(404, outsider.get("forum/trad.xhtml?id=" + id).status(), "a request is not a membership");
        Page queue = moderator.get("forum/moderering.xhtml");
        moderator.submit(queue, "joins:0:approve-form", Map.of("reason", "Prosjektleder i en sammenslått kommune"), "approve");
        assertEquals(200, outsider.get("forum/trad.xhtml?id=" + id).status(), "an approved member reads it");
    }

    @Test
    void xssPayloadsPostedInABrowserShowAsTextAndNeverRun() throws Exception {
        FacesClient starter = loggedIn(0);
        long id = threadId(starter.submit(starter.get("forum/kategori.xhtml?key=personvern-og-informasjonssikkerhet"),
                "thread-form", Map.of("title", "Test av innhold <script>window.xssFired=1</script>",
                        "body", "Er dette trygt? <img src=x onerror=\"window.xssFired=1\">"), "start"));
        List<String> payloads = List.of(
                "<script>window.xssFired=1;alert(1)</script>",
                "<img src=x onerror=\"window.xssFired=1;alert(1)\">",
                "<svg/onload=\"window.xssFired=1;alert(1)\">",
                "[klikk meg](javascript:window.xssFired=1)",
                "<a href=\"&#106;avascript:window.xssFired=1\" id=\"evil\">kodet</a>");
        WebDriver driver = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "logg-inn.xhtml");
            driver.findElement(By.id("login-form:email")).sendKeys(DemoData.USERS.get(0).email());
            driver.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
            for (String payload : payloads) {
                driver.get(base + "forum/trad.xhtml?id=" + id);
                driver.findElement(By.id("reply-form:body")).sendKeys(payload);
                driver.findElement(By.id("reply-form:send")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Svaret er publisert"));
                assertNoScriptRan(driver, payload);
            }
            driver.get(base + "forum/trad.xhtml?id=" + id);
            String text = driver.findElement(By.tagName("main")).getText();
            assertTrue(text.contains("<script>window.xssFired=1;alert(1)</script>"), "the script shows as text");
            assertTrue(text.contains("<svg/onload="), "the SVG shows as text");
            assertTrue(text.contains("Test av innhold <script>"), "the title shows as text");
            for (var link : driver.findElements(By.cssSelector("main a"))) {
                String href = String.valueOf(link.getAttribute("href"));
                assertFalse(href.toLowerCase().startsWith("javascript:"), "no javascript: link: " + href);
            }
            assertTrue(driver.findElements(By.cssSelector(".la-post img, .la-post svg, .la-post script")).isEmpty(),
                    "no live elements in posts");
            assertNoScriptRan(driver, "reload");
            Browsers.screenshot(driver, "forum-xss");
        } finally {
            driver.quit();
        }
    }

    private static void assertNoScriptRan(WebDriver driver, String payload) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened after " + payload);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertNull(((JavascriptExecutor) driver).executeScript("return window.xssFired;"), "script ran: " + payload);
    }

    private static long threadId(Page page) {
        Matcher m = THREAD_ID.matcher(page.uri().toString());
        if (!m.find()) {
            throw new AssertionError("not on a thread page: " + page.uri() + " " + page.status());
        }
        return Long.parseLong(m.group(1));
    }

    private JsonObject search(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/search?" + query))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private JsonObject awaitSearch(String query, Predicate<JsonObject> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject last;
        do {
            last = search(query);
            if (last.containsKey("hits") && condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("search '" + query + "' never gave the expected answer; last: " + last);
    }

    private static List<String> ids(JsonObject results) {
        return results.getJsonArray("hits").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

}
