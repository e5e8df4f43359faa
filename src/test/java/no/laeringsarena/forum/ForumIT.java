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
import java.util.UUID;
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
import no.laeringsarena.testsupport.MailSession;
import no.laeringsarena.testsupport.TestDatabase;
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
    void aBigCategoryIsShownFiftyThreadsAPage() throws Exception {
        // a category of its own with 60 threads, written straight into the database
        String key = "mange-trader-" + System.nanoTime();
        try (java.sql.Connection db = TestDatabase.connect(); java.sql.Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO forum_category (category_key, name_nb, sort_order) VALUES ('" + key + "', 'Mange tråder', 99)");
            st.executeUpdate("INSERT INTO forum_thread (category_id, title, body_md, organisation_label, created_at, last_activity_at) "
                    + "SELECT c.id, 'Sidetråd ' || n, 'Innhold', 'Demo kommune', now(), now() - n * interval '1 minute' "
                    + "FROM forum_category c, generate_series(1, 60) n WHERE c.category_key = '" + key + "'");
        }
        FacesClient guest = browser();
        Page first = guest.get("forum/kategori.xhtml?key=" + key);
        assertTrue(first.contains("Sidetråd 1<") && first.contains("Sidetråd 50<"), "newest 50 on page 1");
        assertFalse(first.contains("Sidetråd 51<"), "the 51st is not on page 1");
        assertTrue(first.contains("id=\"next-page\"") && first.contains("Side 1 av 2"), "a way to page 2");
        Page second = guest.get("forum/kategori.xhtml?key=" + key + "&side=2");
        assertTrue(second.contains("Sidetråd 51<") && second.contains("Sidetråd 60<"), "the rest on page 2");
        assertFalse(second.contains("Sidetråd 50<"), "page 2 starts after page 1");
        assertTrue(second.contains("id=\"previous-page\""), "and back");
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
        moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "moderation-form",
                Map.of("reason", "", "tags", "kvasihemmelig-emne"), "retag");
        assertTrue(moderator.get("forum.xhtml?tag=kvasihemmelig-emne").contains("Fortrolig budsjettdrøfting"), "members see it by tag");
        assertFalse(outsider.get("forum.xhtml?tag=kvasihemmelig-emne").contains("Fortrolig budsjettdrøfting"),
                "a non-member does not, by tag either");

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

    @Test
    void likesQuotesEditsWithHistoryAndSoftDelete() throws Exception {
        FacesClient asker = loggedIn(0);
        long id = threadId(asker.submit(asker.get("forum/kategori.xhtml?key=arkiv-og-dokumenthandtering"), "thread-form",
                Map.of("title", "Bevaring av e-post", "body", "Hvordan arkiverer dere e-post?"), "start"));
        FacesClient answerer = loggedIn(1);
        answerer.submit(answerer.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Vi journalfører den i sak."), "send");
        long replyId = count("SELECT max(id) FROM forum_reply WHERE thread_id = ?", id);

        Page liked = asker.submit(asker.get("forum/trad.xhtml?id=" + id), "replies:0:react", Map.of(), "like");
        assertTrue(liked.contains("id=\"likes-" + replyId + "\">Liker: 1<"), "count shown");
        asker.submit(asker.get("forum/trad.xhtml?id=" + id), "thread-like", Map.of(), "like");
        answerer.submit(answerer.get("forum/trad.xhtml?id=" + id), "replies:0:react", Map.of(), "like");
        assertEquals(2, count("SELECT count(*) FROM forum_like WHERE reply_id = ?", replyId));
        Page unliked = asker.submit(asker.get("forum/trad.xhtml?id=" + id), "replies:0:react", Map.of(), "like");
        assertTrue(unliked.contains("id=\"likes-" + replyId + "\">Liker: 1<"), "a second press takes the like back");
        assertEquals(1, count("SELECT count(*) FROM forum_like WHERE thread_id = ? AND reply_id IS NULL", id), "the opening post's like");

        Page quoting = asker.get("forum/trad.xhtml?id=" + id + "&quote=" + replyId);
        assertTrue(quoting.contains("&gt; **Kari Kursholder**:"), "Siter fills the reply box with the quoted post");
        assertTrue(quoting.contains("&gt; Vi journalfører den i sak."));
        asker.submit(quoting, "reply-form", Map.of("body", "> **Kari Kursholder**:\n> Vi journalfører den i sak.\n\nTakk, det gjør vi også."), "send");
        assertEquals(1, count("SELECT count(*) FROM forum_reply WHERE thread_id = ? AND quoted_reply_id = ?", id, replyId));

        assertEquals(403, asker.get("forum/rediger.xhtml?id=" + id + "&svar=" + replyId).status(), "only the author edits");
        Page form = answerer.get("forum/rediger.xhtml?id=" + id + "&svar=" + replyId);
        assertEquals(200, form.status());
        Page edited = answerer.submit(form, "edit-form", Map.of("body", "Vi journalfører den i sak, og sletter resten etter 90 dager."), "save");
        assertTrue(edited.contains("Endringene er lagret"));
        assertTrue(edited.contains("sletter resten etter 90 dager"));
        assertTrue(edited.contains("Redigert"), "marked as edited");
        Page history = browser().get("forum/historikk.xhtml?id=" + id + "&svar=" + replyId);
        assertEquals(200, history.status(), "anyone who reads the thread sees the history");
        assertTrue(history.contains("Vi journalfører den i sak.</p>"), "the earlier text");
        assertTrue(history.contains("Endret av Kari Kursholder"));
        Page editedThread = asker.submit(asker.get("forum/rediger.xhtml?id=" + id), "edit-form",
                Map.of("title", "Bevaring og arkivering av e-post", "body", "Hvordan arkiverer dere e-post i dag?"), "save");
        assertTrue(editedThread.contains("Bevaring og arkivering av e-post"));
        assertTrue(browser().get("forum/historikk.xhtml?id=" + id).contains("Bevaring av e-post"), "the old title in the history");
        assertEquals(2, count("SELECT count(*) FROM forum_post_edit WHERE thread_id = ?", id));

        Page deleted = answerer.submit(answerer.get("forum/trad.xhtml?id=" + id), "replies:0:react", Map.of(), "delete");
        assertTrue(deleted.contains("Innlegget er slettet"));
        Page afterDelete = browser().get("forum/trad.xhtml?id=" + id);
        assertTrue(afterDelete.contains("Dette innlegget er slettet."), "a placeholder stays");
        assertFalse(afterDelete.contains("sletter resten etter 90 dager"), "the text is gone");
        assertEquals(1, count("SELECT count(*) FROM forum_reply WHERE id = ? AND deleted_at IS NOT NULL", replyId), "kept, soft-deleted");
        assertEquals(404, browser().get("forum/historikk.xhtml?id=" + id + "&svar=" + replyId).status(), "its history goes too");
    }

    @Test
    void mentionsAndFollowedThreadsNotifyInTheApp() throws Exception {
        FacesClient dina = loggedIn(0);
        FacesClient kari = loggedIn(1);
        Page before = kari.get("min-side/varsler.xhtml");
        if (before.contains("id=\"all-read-form\"")) {
            kari.submit(before, "all-read-form", Map.of(), "all-read");
        }
        long id = threadId(dina.submit(dina.get("forum/kategori.xhtml?key=interkommunalt-samarbeid"), "thread-form",
                Map.of("title", "Felles personvernombud", "body", "Hva tenker @Kari Kursholder om et felles ombud?"), "start"));
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_id "
                + "WHERE u.email = ? AND n.kind = 'MENTION' AND n.link = ?", DemoData.USERS.get(1).email(), "/forum/trad.xhtml?id=" + id));
        Page mine = kari.get("min-side/varsler.xhtml");
        assertTrue(mine.contains("Dina Deltaker nevnte deg i «Felles personvernombud»"), "the notification in the list");
        assertTrue(mine.contains("Varsler (1)"), "unread count in the header");
        assertTrue(kari.get("min-side.xhtml").contains("(1 uleste)"), "and on Min side");

        FacesClient rune = loggedIn(2);
        rune.submit(rune.get("forum/trad.xhtml?id=" + id), "follow-form", Map.of(), "follow");
        kari.submit(kari.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Godt forslag, vi er med."), "send");
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_id WHERE u.email = ? "
                + "AND n.kind = 'REPLY_IN_FOLLOWED_THREAD' AND n.link LIKE ?", DemoData.USERS.get(2).email(), "/forum/trad.xhtml?id=" + id + "#%"),
                "the follower is told");
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_id WHERE u.email = ? "
                + "AND n.kind = 'REPLY_ON_MY_THREAD' AND n.link LIKE ?", DemoData.USERS.get(0).email(), "/forum/trad.xhtml?id=" + id + "#%"),
                "the author is told of replies on their own thread");
        assertEquals(0, count("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_id WHERE u.email = ? "
                + "AND n.kind = 'REPLY_IN_FOLLOWED_THREAD' AND n.link LIKE ?", DemoData.USERS.get(1).email(), "/forum/trad.xhtml?id=" + id + "#%"),
                "nobody is told of their own reply");

        Page opened = kari.submit(kari.get("min-side/varsler.xhtml"), "items:0:open-form", Map.of(), "open");
        assertTrue(opened.uri().toString().contains("trad.xhtml?id=" + id), "opening a notification goes to the thread: " + opened.uri());
        assertTrue(opened.contains("Varsler (0)"), "and marks it read");

        Page preference = kari.submit(kari.get("min-side/varsler.xhtml"), "preference-form", Map.of("frequency", "IMMEDIATELY"), "save");
        assertTrue(preference.contains("Valget er lagret"));
        String token;
        try (var db = TestDatabase.connect(); var st = db.prepareStatement("SELECT p.unsubscribe_token FROM notification_preference p "
                + "JOIN user_account u ON u.id = p.user_id WHERE u.email = ? AND p.email_frequency = 'IMMEDIATELY'")) {
            st.setString(1, DemoData.USERS.get(1).email());
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next(), "the choice is stored");
                token = rs.getString(1);
            }
        }
        assertEquals(404, post("api/notifications/unsubscribe?token=" + "0".repeat(64)).statusCode(), "an unknown token");
        assertEquals(200, post("api/notifications/unsubscribe?token=" + token).statusCode(), "one click, no login");
        assertEquals(1, count("SELECT count(*) FROM notification_preference WHERE unsubscribe_token = ? AND email_frequency = 'NONE'", token));

        FacesClient moderator = loggedIn(3);
        long closed = threadId(moderator.submit(moderator.get("forum/kategori.xhtml?key=nettverk-for-prosjektledere"), "thread-form",
                Map.of("title", "Lukket tråd med omtale", "body", "Kanskje @Rune Redaktør vet?"), "start"));
        assertEquals(0, count("SELECT count(*) FROM notification WHERE link = ?", "/forum/trad.xhtml?id=" + closed),
                "nobody outside a closed category is told about its posts");
    }

    @Test
    void anIdeaFollowsTheTemplateGetsVotesAndAStatusWithAReason() throws Exception {
        FacesClient proposer = loggedIn(0);
        Page category = proposer.get("forum/kategori.xhtml?key=prosjektideer");
        assertTrue(category.contains("id=\"thread-form:problem\""), "the idea template");
        Page incomplete = proposer.submit(category, "thread-form", Map.of("title", "Felles chatbot", "problem", "Mange like spørsmål"), "start");
        assertTrue(incomplete.contains("Skriv hvem som har nytte av idéen."));
        assertTrue(incomplete.contains("Beskriv løsningen du foreslår."));
        long id = threadId(proposer.submit(proposer.get("forum/kategori.xhtml?key=prosjektideer"), "thread-form",
                Map.of("title", "Felles chatbot for innbyggerspørsmål", "problem", "Mange like spørsmål til servicetorget",
                        "beneficiaries", "Innbyggere og servicetorg", "solution", "En felles chatbot med kommunenes svar"), "start"));
        Page idea = proposer.get("forum/trad.xhtml?id=" + id);
        assertTrue(idea.contains("<h2>Problem</h2>") && idea.contains("<h2>Foreslått løsning</h2>"), "the template's headings");
        assertTrue(idea.contains("id=\"idea-status\">Innmeldt<"));
        assertFalse(idea.contains("id=\"idea-form\""), "the status is for moderators");

        FacesClient voter = loggedIn(1);
        voter.submit(voter.get("forum/trad.xhtml?id=" + id), "vote-form", Map.of(), "vote");
        proposer.submit(proposer.get("forum/trad.xhtml?id=" + id), "vote-form", Map.of(), "vote");
        Page twice = voter.submit(voter.get("forum/trad.xhtml?id=" + id), "vote-form", Map.of(), "vote");
        assertTrue(twice.contains("Stemmer: 1<"), "a second vote takes the first back");
        assertEquals(1, count("SELECT count(*) FROM forum_idea_vote WHERE thread_id = ?", id));

        FacesClient moderator = loggedIn(3);
        Page noReason = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "idea-form",
                Map.of("status", "VURDERES", "reason", ""), "move");
        assertTrue(noReason.contains("Skriv en begrunnelse"));
        Page skipped = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "idea-form",
                Map.of("status", "PRIORITERT", "reason", "Rett på"), "move");
        assertTrue(count("SELECT count(*) FROM forum_thread WHERE id = ? AND idea_status = 'INNMELDT'", id) == 1,
                "no skipping the assessment: " + skipped.status());
        moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "idea-form",
                Map.of("status", "VURDERES", "reason", "Sekretariatet ser på kost og nytte"), "move");
        Page prioritised = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "idea-form",
                Map.of("status", "PRIORITERT", "reason", "Programstyret prioriterte idéen 20. november"), "move");
        assertTrue(prioritised.contains("id=\"idea-status\">Prioritert<"));
        assertTrue(browser().get("forum/trad.xhtml?id=" + id).contains("Programstyret prioriterte idéen 20. november"), "the reason shown to all");
        assertTrue(browser().get("forum/kategori.xhtml?key=prosjektideer").contains("Prioritert"), "status in the list");
        assertEquals(2, count("SELECT count(*) FROM notification WHERE kind = 'IDEA_STATUS_CHANGED' AND link = ?",
                "/forum/trad.xhtml?id=" + id), "the proposer is told of each move");
        assertEquals(2, count("SELECT count(*) FROM forum_moderation_log WHERE action = 'IDEA_STATUS' AND thread_id = ?", id));
    }

    @Test
    void anOrganisationListsItsSystemsAndOthersFindThemFromAThread() throws Exception {
        FacesClient deltaker = loggedIn(0);
        assertEquals(403, deltaker.get("organisasjon/systemer.xhtml").status(), "the list is kept by the virksomhetsadministrator");
        FacesClient admin = loggedIn(4);
        Page added = admin.submit(admin.get("organisasjon/systemer.xhtml"), "system-form",
                Map.of("name", "Elements Sak", "vendor", "Sikri", "area", "Arkiv"), "add");
        assertTrue(added.contains("Systemet er lagt til"));
        Page duplicate = admin.submit(admin.get("organisasjon/systemer.xhtml"), "system-form",
                Map.of("name", "elements sak", "vendor", "", "area", ""), "add");
        assertTrue(duplicate.contains("Systemet står allerede på listen"));
        long id = threadId(deltaker.submit(deltaker.get("forum/kategori.xhtml?key=arkiv-og-dokumenthandtering"), "thread-form",
                Map.of("title", "Oppgradering av sakssystemet", "body", "Noen som har oppgradert nylig?", "system", "Elements Sak"), "start"));
        Page thread = browser().get("forum/trad.xhtml?id=" + id);
        assertTrue(thread.contains("forum/systemer.xhtml?system=Elements"), "the thread links to who uses the system");
        Page users = browser().get("forum/systemer.xhtml?system=elements+sak");
        assertEquals(200, users.status());
        assertTrue(users.contains("<td>Demo kommune</td><td>Elements Sak</td><td>Sikri</td><td>Arkiv</td>"), "who uses it");
        assertTrue(users.contains("Oppgradering av sakssystemet"), "and the threads about it");
        JsonObject found = awaitSearch("q=elements+sak", r -> ids(r).contains("system:elements-sak"));
        assertTrue(found.toString().contains("forum/systemer.xhtml?system=Elements+Sak"), "found from search: " + found);
    }

    @Test
    void aSuspendedUserAndABusyNewAccountCannotPost() throws Exception {
        FacesClient asker = loggedIn(0);
        long id = threadId(asker.submit(asker.get("forum/kategori.xhtml?key=stottefunksjoner"), "thread-form",
                Map.of("title", "Økonomisystem", "body", "Hvilket økonomisystem bruker dere?"), "start"));
        FacesClient moderator = loggedIn(3);
        Page suspended = moderator.submit(moderator.get("forum/moderering.xhtml"), "suspend-form",
                Map.of("email", DemoData.USERS.get(2).email(), "days", "1", "reason", "Gjentatte personangrep"), "suspend");
        assertTrue(suspended.contains("Brukeren er utestengt"));
        assertTrue(suspended.contains("Gjentatte personangrep"), "listed with the reason");
        FacesClient rune = loggedIn(2);
        Page refused = rune.submit(rune.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Et svar til"), "send");
        assertTrue(refused.contains("Du er utestengt fra å skrive i forumet"));
        assertEquals(0, count("SELECT count(*) FROM forum_reply WHERE thread_id = ?", id), "nothing stored");
        moderator.submit(moderator.get("forum/moderering.xhtml"), "active:0:lift-form", Map.of(), "lift");
        assertTrue(rune.submit(rune.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Et svar til"), "send")
                .contains("Svaret er publisert"), "can post again when lifted");

        FacesClient newcomer = browser();
        String email = "ny." + UUID.randomUUID() + "@kommune.no";
        newcomer.submit(newcomer.get("registrer.xhtml"), "registration-form", Map.of("name", "Nils Nykommer", "email", email,
                "password", "et langt passord", "password2", "et langt passord", "orgnr", "999 999 980"), "submit");
        newcomer.logIn(email, "et langt passord");
        for (int i = 1; i <= ForumRules.NEW_ACCOUNT_POSTS_PER_HOUR; i++) {
            assertTrue(newcomer.submit(newcomer.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Innlegg " + i), "send")
                    .contains("Svaret er publisert"), "post " + i);
        }
        Page limited = newcomer.submit(newcomer.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Ett for mye"), "send");
        assertTrue(limited.contains("Nye kontoer kan skrive høyst 5 innlegg i timen"), "a clear message");
        assertEquals(0, count("SELECT count(*) FROM forum_reply WHERE thread_id = ? AND body_md = 'Ett for mye'", id));
    }

    @Test
    void notificationMailsGoAtOnceOrInOneDailyDigestEachWithAWorkingUnsubscribeLink() throws Exception {
        String kariEmail = DemoData.USERS.get(1).email();
        String runeEmail = DemoData.USERS.get(2).email();
        FacesClient kari = loggedIn(1);
        kari.submit(kari.get("min-side/varsler.xhtml"), "preference-form", Map.of("frequency", "IMMEDIATELY"), "save");
        FacesClient rune = loggedIn(2);
        rune.submit(rune.get("min-side/varsler.xhtml"), "preference-form", Map.of("frequency", "DAILY_DIGEST"), "save");

        String title = "Felles innkjøp av møteromsutstyr " + UUID.randomUUID().toString().substring(0, 8);
        FacesClient dina = loggedIn(0);
        long id = threadId(dina.submit(dina.get("forum/kategori.xhtml?key=interkommunalt-samarbeid"), "thread-form",
                Map.of("title", title, "body", "Hva mener @Kari Kursholder og @Rune Redaktør om <b>felles</b> innkjøp?"), "start"));

        String mail = MailSession.awaitText(kariEmail, "Dina Deltaker nevnte deg i «" + title + "»");
        assertTrue(mail.contains("/forum/trad.xhtml?id=" + id), "the link to the thread: " + mail);
        Matcher token = Pattern.compile("avmelding\\.xhtml\\?token=([0-9a-f]{64})").matcher(mail);
        assertTrue(token.find(), "every mail has an unsubscribe link: " + mail);
        jakarta.mail.internet.MimeMessage received = null;
        for (jakarta.mail.internet.MimeMessage m : MailSession.server().messages()) {
            if (m.getSubject().contains(title)) {
                received = m;
            }
        }
        assertTrue(received != null, "the mail itself");
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post", null));
        assertTrue(received.getHeader("List-Unsubscribe", null).endsWith("api/notifications/unsubscribe?token=" + token.group(1) + ">"),
                "mail programs' unsubscribe button posts to the one-click API");
        assertEquals(0, count("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_id "
                + "WHERE u.email = ? AND n.link = ? AND n.emailed_at IS NULL", kariEmail, "/forum/trad.xhtml?id=" + id), "marked mailed");

        long runeNotification = count("SELECT n.id FROM notification n JOIN user_account u ON u.id = n.recipient_id "
                + "WHERE u.email = ? AND n.link = ? AND n.kind = 'MENTION'", runeEmail, "/forum/trad.xhtml?id=" + id);
        assertEquals(0, count("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?", runeEmail, "%" + title + "%"),
                "a digest reader gets no mail at once");
        assertEquals(1, count("SELECT count(*) FROM notification WHERE id = ? AND emailed_at IS NULL", runeNotification));
        // as if it had happened the day before yesterday: the latest digest due now holds it
        try (var db = TestDatabase.connect(); var st = db.prepareStatement(
                "UPDATE notification SET created_at = created_at - interval '2 days' WHERE id = ?")) {
            st.setLong(1, runeNotification);
            assertEquals(1, st.executeUpdate());
        }
        String digest = MailSession.awaitText(runeEmail, "Læringsarena: ");
        assertTrue(digest.contains("Du er nevnt"), digest);
        assertTrue(digest.contains("«" + title + "»: 1 fra Dina Deltaker"), digest);
        assertTrue(digest.contains("avmelding.xhtml?token="), "the digest has the unsubscribe link too");
        assertEquals(1, count("SELECT count(*) FROM notification WHERE id = ? AND emailed_at IS NOT NULL", runeNotification));
        Thread.sleep(35_000);   // more digest sweeps: still one digest that day
        assertEquals(1, count("SELECT count(*) FROM mail_outbox m JOIN user_account u ON m.idempotency_key LIKE "
                + "'notification-digest:' || u.id || ':%' WHERE u.email = ?", runeEmail), "one digest per user and day");
        assertEquals(1L, MailSession.count(runeEmail, "Læringsarena: "));

        FacesClient guest = browser();
        Page unsubscribe = guest.get("avmelding.xhtml?token=" + token.group(1));
        assertEquals(200, unsubscribe.status(), "no login needed");
        assertEquals(1, count("SELECT count(*) FROM notification_preference WHERE unsubscribe_token = ? "
                + "AND email_frequency = 'IMMEDIATELY'", token.group(1)), "opening the link alone changes nothing");
        Page done = guest.submit(unsubscribe, "unsubscribe-form", Map.of(), "confirm");
        assertTrue(done.contains("Du får ikke lenger varsler på e-post"), "confirmed");
        assertEquals(1, count("SELECT count(*) FROM notification_preference WHERE unsubscribe_token = ? AND email_frequency = 'NONE'",
                token.group(1)));
        FacesClient stranger = browser();
        Page forged = stranger.get("avmelding.xhtml?token=" + "0".repeat(64));
        assertTrue(stranger.submit(forged, "unsubscribe-form", Map.of(), "confirm").contains("Lenken er ugyldig"));

        dina.submit(dina.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Svar du også, @Kari Kursholder"), "send");
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN user_account u ON u.id = n.recipient_id WHERE u.email = ? "
                + "AND n.link LIKE ? AND n.emailed_at IS NULL", kariEmail, "/forum/trad.xhtml?id=" + id + "#%"),
                "after unsubscribing: in the app, but no mail");
    }

    @Test
    void filesOnPostsAreTypedByContentBoundedAndServedOnlyToThoseWhoMayReadTheThread() throws Exception {
        FacesClient dina = loggedIn(0);
        Page thread = dina.submit(dina.get("forum/kategori.xhtml?key=om-fellesskapet"), "thread-form",
                Map.of("title", "Skjermbilde av saksflyten", "body", "Se vedlagt bilde og plan."), "start");
        long id = threadId(thread);
        assertTrue(thread.contains("id=\"attach-thread\""), "the author may attach files");

        Page added = dina.submitWithFile(thread, "attach-thread", Map.of(), "file", "skjermbilde.pdf", "application/pdf", png(), "upload");
        assertTrue(added.contains("Vedlegget «skjermbilde.pdf» er lagt til"), "added");
        long picture = count("SELECT max(id) FROM forum_attachment WHERE thread_id = ?", id);
        assertEquals(1, count("SELECT count(*) FROM forum_attachment WHERE id = ? AND media_type = 'image/png'", picture),
                "the type comes from the content, not the name or the claimed type");
        assertTrue(added.contains("forum/vedlegg/" + picture), "shown under the post");

        Page html = dina.submitWithFile(dina.get("forum/trad.xhtml?id=" + id), "attach-thread", Map.of(), "file", "bilde.png",
                "image/png", "<html><body><script>alert(1)</script></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "upload");
        assertTrue(html.contains("Denne filtypen kan ikke lastes opp"), "HTML named .png is refused");
        byte[] pdf = no.laeringsarena.platform.upload.HostileFiles.pdf("Solsikkeregnskap for kommunale barnehager");
        dina.submitWithFile(dina.get("forum/trad.xhtml?id=" + id), "attach-thread", Map.of(), "file", "plan.pdf", "application/pdf",
                pdf, "upload");
        long document = count("SELECT max(id) FROM forum_attachment WHERE thread_id = ?", id);
        assertEquals(2, count("SELECT count(*) FROM forum_attachment WHERE thread_id = ?", id));

        HttpResponse<byte[]> image = browser().fetch("forum/vedlegg/" + picture);
        assertEquals(200, image.statusCode(), "guests read the files of an open thread");
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(image.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"), "pictures show");
        HttpResponse<byte[]> download = browser().fetch("forum/vedlegg/" + document);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                "documents are downloads");
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        awaitSearch("q=Solsikkeregnskap", r -> ids(r).contains("forum-thread:" + id));

        FacesClient kari = loggedIn(1);
        assertFalse(kari.get("forum/trad.xhtml?id=" + id).contains("id=\"attach-thread\""), "others cannot attach to her post");
        for (int i = 0; i < 3; i++) {
            dina.submitWithFile(dina.get("forum/trad.xhtml?id=" + id), "attach-thread", Map.of(), "file", "bilde" + i + ".png",
                    "image/png", png(), "upload");
        }
        Page sixth = dina.submitWithFile(dina.get("forum/trad.xhtml?id=" + id), "attach-thread", Map.of(), "file", "en-til.png",
                "image/png", png(), "upload");
        assertTrue(sixth.contains("Et innlegg kan ha høyst 5 vedlegg"), "bounded per post");
        assertEquals(5, count("SELECT count(*) FROM forum_attachment WHERE thread_id = ?", id));

        Page removed = dina.submit(dina.get("forum/trad.xhtml?id=" + id), "attach-thread-files:0:remove-form", Map.of(), "remove");
        assertTrue(removed.contains("Vedlegget er fjernet"));
        assertEquals(404, browser().fetch("forum/vedlegg/" + picture).statusCode(), "a removed file is gone");

        FacesClient moderator = loggedIn(3);
        long secret = threadId(moderator.submit(moderator.get("forum/kategori.xhtml?key=nettverk-for-prosjektledere"), "thread-form",
                Map.of("title", "Fortrolig budsjettvedlegg", "body", "Se vedlegget."), "start"));
        moderator.submitWithFile(moderator.get("forum/trad.xhtml?id=" + secret), "attach-thread", Map.of(), "file", "budsjett.pdf",
                "application/pdf", no.laeringsarena.platform.upload.HostileFiles.pdf("Fortrolige budsjettall"), "upload");
        long secretFile = count("SELECT max(id) FROM forum_attachment WHERE thread_id = ?", secret);
        assertEquals(200, moderator.fetch("forum/vedlegg/" + secretFile).statusCode());
        assertEquals(404, dina.fetch("forum/vedlegg/" + secretFile).statusCode(), "a non-member of the closed category");
        assertEquals(404, browser().fetch("forum/vedlegg/" + secretFile).statusCode(), "a guest");
        assertEquals(404, dina.fetch("forum/vedlegg/999999999").statusCode());
    }

    @Test
    void aModeratorDeletesAWholeThreadWithAReasonAndCanRestoreIt() throws Exception {
        FacesClient dina = loggedIn(0);
        long id = threadId(dina.submit(dina.get("forum/kategori.xhtml?key=om-fellesskapet"), "thread-form",
                Map.of("title", "Tranebærkompott i kantina", "body", "Dobbeltpost om tranebærkompott."), "start"));
        awaitSearch("q=tranebærkompott".replace("æ", "%C3%A6"), r -> ids(r).contains("forum-thread:" + id));

        FacesClient moderator = loggedIn(3);
        Page deleted = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "moderation-form",
                Map.of("reason", "Dobbeltpost, se den andre tråden"), "delete-thread");
        assertTrue(deleted.contains("Handlingen er utført og loggført"), "confirmed");
        assertTrue(deleted.contains("Tråden er slettet og vises bare for moderatorer"), "moderators still see it, marked");
        assertEquals(1, count("SELECT count(*) FROM forum_moderation_log WHERE action = 'DELETE_THREAD' AND thread_id = ? "
                + "AND reason = 'Dobbeltpost, se den andre tråden'", id), "in the moderation log");
        assertEquals(1, count("SELECT count(*) FROM forum_thread WHERE id = ? AND deleted_at IS NOT NULL", id), "kept, not removed");

        assertEquals(404, dina.get("forum/trad.xhtml?id=" + id).status(), "gone for the author");
        assertEquals(404, browser().get("forum/trad.xhtml?id=" + id).status(), "and for guests");
        assertFalse(dina.get("forum/kategori.xhtml?key=om-fellesskapet").contains("Tranebærkompott i kantina"), "not listed");
        assertTrue(moderator.get("forum/kategori.xhtml?key=om-fellesskapet").contains("Tranebærkompott i kantina"),
                "listed for moderators");
        awaitSearch("q=tranebærkompott".replace("æ", "%C3%A6"), r -> !ids(r).contains("forum-thread:" + id));

        moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "moderation-form", Map.of("reason", "Slettet ved en feil"),
                "restore-thread");
        assertEquals(1, count("SELECT count(*) FROM forum_moderation_log WHERE action = 'RESTORE_THREAD' AND thread_id = ?", id));
        assertEquals(200, browser().get("forum/trad.xhtml?id=" + id).status(), "back for everyone");
        awaitSearch("q=tranebærkompott".replace("æ", "%C3%A6"), r -> ids(r).contains("forum-thread:" + id));

        // asked in the wrong place: the moderator moves it (not into idea intake), with a reason
        Page form = moderator.get("forum/trad.xhtml?id=" + id);
        assertFalse(form.contains("<option value=\"prosjektideer\""), "idea intake is not offered");
        Page noReason = moderator.submit(form, "moderation-form", Map.of("reason", "", "move-target", "kommunesammenslaing-erfaringer"),
                "move-thread");
        assertEquals(1, count("SELECT count(*) FROM forum_thread t JOIN forum_category c ON c.id = t.category_id"
                + " WHERE t.id = ? AND c.category_key = 'om-fellesskapet'", id), "not moved without a reason: " + noReason.uri());
        Page moved = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "moderation-form",
                Map.of("reason", "Hører hjemme blant erfaringene", "move-target", "kommunesammenslaing-erfaringer"), "move-thread");
        assertTrue(moved.contains("Tråden er flyttet."), moved.body());
        assertEquals(1, count("SELECT count(*) FROM forum_thread t JOIN forum_category c ON c.id = t.category_id"
                + " WHERE t.id = ? AND c.category_key = 'kommunesammenslaing-erfaringer'", id));
        assertEquals(1, count("SELECT count(*) FROM forum_moderation_log WHERE action = 'MOVE_THREAD' AND thread_id = ?", id));
        assertTrue(dina.get("forum/kategori.xhtml?key=kommunesammenslaing-erfaringer").contains("Tranebærkompott i kantina"));
        assertFalse(dina.get("forum/kategori.xhtml?key=om-fellesskapet").contains("Tranebærkompott i kantina"));
    }

    @Test
    void threadsCarryNormalisedTagsToFilterAndSearchByAndAModeratorEditsThem() throws Exception {
        FacesClient dina = loggedIn(0);
        String category = "forum/kategori.xhtml?key=arkiv-og-dokumenthandtering";
        Page tooMany = dina.submit(dina.get(category), "thread-form", Map.of("title", "Seks emneord", "body", "Tekst",
                "tags", "a, b, c, d, e, f"), "start");
        assertTrue(tooMany.contains("En tråd kan ha høyst 5 emneord."), "clear message");
        Page invalid = dina.submit(dina.get(category), "thread-form", Map.of("title", "Rart emneord", "body", "Tekst",
                "tags", "arkiv, <b>fet</b>"), "start");
        assertTrue(invalid.contains("Emneordet «&lt;b&gt;fet&lt;/b&gt;» kan bare inneholde bokstaver, tall og bindestrek."),
                "the bad tag named, escaped");
        assertEquals(0, count("SELECT count(*) FROM forum_thread WHERE title IN ('Seks emneord', 'Rart emneord')"), "nothing saved");

        Page thread = dina.submit(dina.get(category), "thread-form", Map.of("title", "Lesetilgang til gammelt sakarkiv",
                "body", "Hvor lenge beholdt dere lesetilgangen?", "tags", "Noark 5, #Lesetilgang, noark 5, Kvernhusarkiv"), "start");
        long id = threadId(thread);
        assertEquals(3, count("SELECT count(*) FROM forum_thread_tag WHERE thread_id = ?", id), "once each");
        assertEquals(3, count("SELECT count(*) FROM forum_thread_tag WHERE thread_id = ?"
                + " AND tag IN ('kvernhusarkiv', 'lesetilgang', 'noark-5')", id), "normalised");
        assertTrue(thread.contains(">#noark-5</a>") && thread.contains(">#lesetilgang</a>"), "shown on the thread");

        Page list = dina.get(category);
        assertTrue(list.contains(">#kvernhusarkiv</a>"), "shown in the list");
        assertTrue(list.contains("Historiske data"), "with the category's other threads");
        Page filtered = dina.get(category + "&tag=Kvernhusarkiv");
        assertTrue(filtered.contains("Lesetilgang til gammelt sakarkiv"), "the filter finds it (normalised)");
        assertTrue(filtered.contains("id=\"tag-filter\""));
        assertFalse(filtered.contains("Historiske data"), "threads without the tag are left out");
        Page everywhere = browser().get("forum.xhtml?tag=kvernhusarkiv");
        assertTrue(everywhere.contains("Lesetilgang til gammelt sakarkiv"), "the whole forum by tag, for guests too");
        assertTrue(browser().get("forum.xhtml?tag=avtaler").contains("Hva kjennetegner en god leverandøravtale?"),
                "seed threads are tagged");
        awaitSearch("q=kvernhusarkiv", r -> ids(r).contains("forum-thread:" + id));

        // the author may not change tags afterwards; a moderator can, and it is logged and reindexed
        assertFalse(dina.get("forum/trad.xhtml?id=" + id).contains("moderation-form:tags"), "no tag editing for the author");
        FacesClient moderator = loggedIn(3);
        Page form = moderator.get("forum/trad.xhtml?id=" + id);
        assertTrue(form.contains("value=\"kvernhusarkiv, lesetilgang, noark-5\""), "the current tags to edit");
        Page refused = moderator.submit(form, "moderation-form", Map.of("reason", "", "tags", "x".repeat(31)), "retag");
        assertTrue(refused.contains("Et emneord kan ha høyst 30 tegn."), "bounded length");
        Page retagged = moderator.submit(moderator.get("forum/trad.xhtml?id=" + id), "moderation-form",
                Map.of("reason", "", "tags", "arkiv, innsyn"), "retag");
        assertTrue(retagged.contains("Emneordene er lagret."), retagged.body());
        assertTrue(retagged.contains(">#innsyn</a>") && !retagged.contains(">#noark-5</a>"));
        assertEquals(1, count("SELECT count(*) FROM forum_moderation_log WHERE action = 'RETAG_THREAD' AND thread_id = ?", id));
        awaitSearch("q=kvernhusarkiv", r -> !ids(r).contains("forum-thread:" + id));
        assertFalse(dina.get(category + "&tag=kvernhusarkiv").contains("Lesetilgang til gammelt sakarkiv"));
    }

    @Test
    void aReplyMarkedAsTheSolutionAndAFileOnAPostAreSharedLearningEvents() throws Exception {
        FacesClient dina = loggedIn(0);
        Page thread = dina.submit(dina.get("forum/kategori.xhtml?key=om-fellesskapet"), "thread-form",
                Map.of("title", "Hvem har en mal for sluttrapport?", "body", "Vi trenger en mal."), "start");
        long id = threadId(thread);
        FacesClient kari = loggedIn(1);
        kari.submit(kari.get("forum/trad.xhtml?id=" + id), "reply-form", Map.of("body", "Vi bruker denne malen."), "send");
        long reply = count("SELECT max(id) FROM forum_reply WHERE thread_id = ?", id);
        String sharedReply = "SELECT count(*) FROM xapi_statement WHERE verb_id = 'http://adlnet.gov/expapi/verbs/shared'"
                + " AND object_activity_id LIKE ?";
        assertEquals(0, count(sharedReply, "%reply-" + reply), "a reply alone is 'commented', not 'shared'");

        Page solved = dina.submit(dina.get("forum/trad.xhtml?id=" + id), "replies:0:reply-actions", Map.of(), "solved");
        assertEquals(reply, count("SELECT solved_reply_id FROM forum_thread WHERE id = ?", id), solved.body());
        assertEquals(1, count(sharedReply, "%reply-" + reply), "the solution was shared");
        assertEquals(1, count("SELECT count(*) FROM xapi_statement s JOIN learner_pseudonym p"
                + " ON s.actor_key LIKE '%' || p.pseudonym::text || '%' JOIN user_account u ON u.id = p.user_id"
                + " WHERE s.verb_id LIKE '%/shared' AND s.object_activity_id LIKE ? AND u.email = ?",
                "%reply-" + reply, DemoData.USERS.get(1).email()), "by the reply's author");
        Page own = dina.submitWithFile(dina.get("forum/trad.xhtml?id=" + id), "attach-thread", Map.of(), "file",
                "utkast.png", "image/png", png(), "upload");
        assertTrue(own.contains("Vedlegget «utkast.png» er lagt til"), own.body());
        long file = count("SELECT max(id) FROM forum_attachment WHERE thread_id = ?", id);
        assertEquals(1, count(sharedReply, "%attachment-" + file), "the file was shared");
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
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

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
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
