package no.laeringsarena.toolbox;

import static no.laeringsarena.testsupport.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.platform.upload.HostileFiles;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import no.laeringsarena.testsupport.SearchNodeSession;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The toolbox and the one search, on the shipped war with real PostgreSQL and Elasticsearch: the seed items reach
 * the index through the outbox and are found the Norwegian way through /api/search and sok.xhtml; a withdrawn
 * item disappears from search and from guests; a user's checklist progress survives a reload; the search page in
 * a real browser.
 */
@ExtendWith(ArquillianExtension.class)
class ToolboxSearchIT {

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

    @Test
    void seededItemsAreFoundTheNorwegianWayWithFacetCounts() throws Exception {
        JsonObject kravspek = awaitSearch("q=kravspek", r -> ids(r).contains("toolbox:kravspesifikasjon-helsesystemer"));
        JsonObject kravspekHit = kravspek.getJsonArray("hits").stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("id").equals("toolbox:kravspesifikasjon-helsesystemer")).findFirst().orElseThrow();
        assertEquals("toolbox", kravspekHit.getString("kind"));   // forum threads about requirement specs are found too
        assertTrue(kravspekHit.getString("url").endsWith("verktoy.xhtml?key=kravspesifikasjon-helsesystemer"));

        JsonObject sjekklister = awaitSearch("q=sjekklister", r -> ids(r).contains("toolbox:sjekkliste-digital-sammenslaing"));
        assertTrue(sjekklister.getJsonArray("hits").toString().contains("<mark>"), "highlights: " + sjekklister);

        assertTrue(ids(awaitSearch("q=N5", r -> r.getInt("total") > 0)).contains("toolbox:noark-5-og-noark-ws"), "N5 ↔ Noark 5");

        JsonObject courses = awaitSearch("q=gevinstene&type=kurs", r -> ids(r).contains("course:gevinstrealisering"));
        assertTrue(courses.getJsonArray("hits").getJsonObject(0).getString("url").endsWith("kurs/kurs.xhtml?key=gevinstrealisering"),
                "courses are found by the same search: " + courses);

        JsonObject checklists = awaitSearch("type=sjekkliste&size=50", r -> r.getInt("total") == 5);
        assertEquals(5, checklists.getJsonObject("facets").getJsonObject("type").getInt("sjekkliste"));
        JsonObject everything = awaitSearch("size=50", r -> r.getInt("total") >= 32);
        assertEquals(5, everything.getJsonObject("facets").getJsonObject("type").getInt("sjekkliste"));
        assertEquals(16, everything.getJsonObject("facets").getJsonObject("type").getInt("forumkategori"),
                "forum categories are searchable too");
        assertTrue(everything.getJsonObject("facets").getJsonObject("sector").getInt("helse-og-velferd") >= 2);
        assertEquals(3, everything.getJsonObject("facets").getJsonObject("section").getInt("standarder-og-grensesnitt"));

        JsonObject health = search("q=kravspesifikasjon&sector=helse-og-velferd").body;
        assertTrue(ids(health).contains("toolbox:kravspesifikasjon-helsesystemer"));
        assertTrue(ids(health).stream().noneMatch(id -> id.equals("toolbox:geointegrasjon")));

        assertEquals(0, count("SELECT count(*) FROM search_outbox WHERE done_at IS NULL AND operation = 'UPSERT' "
                + "AND document_id LIKE 'toolbox:%' AND document_id <> 'toolbox:ks-resultat-xml'"), "outbox drained");
    }

    @Test
    void partsOfCompoundWordsAndWordsOnlyInSeedAttachmentsFindTheirItems() throws Exception {
        // these items say "kravspesifikasjon(er)", "byggesøknader" and "arkivintegrasjon", never the part alone
        awaitSearch("q=spesifikasjon&size=50", r -> ids(r).containsAll(List.of("toolbox:noark-5-og-noark-ws",
                "toolbox:brukerreise-byggesoknad")));
        awaitSearch("q=s%C3%B8knad&size=50", r -> ids(r).contains("toolbox:geointegrasjon"));
        awaitSearch("q=integrasjon&size=50", r -> ids(r).contains("toolbox:noark-5-og-noark-ws"));

        // words that occur only in content/verktoykasse/vedlegg (a DOCX and an ODT), not in any item's text
        JsonObject evaluation = awaitSearch("q=tilbudsevaluering",
                r -> ids(r).contains("toolbox:kravspesifikasjon-helsesystemer"));
        assertTrue(evaluation.getJsonArray("hits").toString().contains("<mark>"), "attachment text is highlighted too");
        awaitSearch("q=systemeierskap", r -> ids(r).contains("toolbox:mal-kartlegging-systemer-data-avtaler"));
        assertEquals(1, count("SELECT count(*) FROM toolbox_attachment a JOIN toolbox_item i ON i.id = a.item_id "
                + "WHERE i.item_key = 'kravspesifikasjon-helsesystemer' AND a.file_name = 'kravspesifikasjonsmal-helsesystemer.docx'"),
                "attached once, however often the application starts");
        Page item = browser().get("verktoy.xhtml?key=kravspesifikasjon-helsesystemer");
        assertTrue(item.contains("kravspesifikasjonsmal-helsesystemer.docx"), "listed on the item's page");
    }

    @Test
    void themePhaseAndAudienceAreFacetsWithCountsAndFilters() throws Exception {
        JsonObject all = awaitSearch("size=50", r -> r.getJsonObject("facets").containsKey("phase"));
        JsonObject facets = all.getJsonObject("facets");
        assertTrue(facets.containsKey("theme") && facets.containsKey("audience"), facets.toString());
        int drift = facets.getJsonObject("phase").getInt("drift");
        assertTrue(drift > 0 && drift < all.getInt("total"), facets.toString());
        assertEquals(drift, search("phase=drift&size=50").body.getInt("total"), "the filter gives what the count said");
        JsonObject audience = search("audience=" + java.net.URLEncoder.encode("Fagsystemansvarlige i helse og omsorg",
                java.nio.charset.StandardCharsets.UTF_8)).body;
        assertTrue(ids(audience).contains("toolbox:kravspesifikasjon-helsesystemer"), audience.toString());
        assertEquals(400, search("phase=Drift%20n%C3%A5").status, "a phase is a key");

        Page page = browser().get("sok.xhtml?q=arkiv&theme=arkiv-og-dokumenthandtering");
        assertTrue(page.contains("id=\"facet-theme\""), page.body());
    }

    @Test
    void badParametersGetA400WithAJsonBody() throws Exception {
        for (String query : List.of("size=51", "page=0", "page=x", "sort=random", "type=Sjekk%20liste")) {
            Answer answer = search(query);
            assertEquals(400, answer.status, query);
            assertEquals("bad_request", answer.body.getString("error"), query);
            assertFalse(answer.body.getString("message").isBlank());
        }
    }

    @Test
    void theSearchPageHighlightsFiltersAndSuggestsWhenNothingIsFound() throws Exception {
        awaitSearch("q=kravspek", r -> r.getInt("total") > 0);
        Page page = browser().get("sok.xhtml?q=kravspesifikasjon");
        assertEquals(200, page.status());
        assertTrue(page.contains("<mark>Kravspesifikasjon</mark>"), "highlighted title");
        assertTrue(page.contains("Innholdstype") && page.contains("Kravspesifikasjon (1)"), "facet with count");

        Page filtered = browser().get("sok.xhtml?q=sjekkliste&type=sjekkliste&sector=helse-og-velferd");
        assertTrue(filtered.contains("verktoy.xhtml?key=dag-en-helse-og-velferd"), "the health checklist");
        assertFalse(filtered.contains("verktoy.xhtml?key=dag-en-oppvekst-og-utdanning"), "not the school checklist");

        Page nothing = browser().get("sok.xhtml?q=sjeklister");
        assertTrue(nothing.contains("Ingen treff"));
        assertTrue(nothing.contains("Mente du") && nothing.contains("sjekkliste?"), "did you mean");

        Page english = browser().withChosenLanguage("en").get("sok.xhtml?q=zzqxj");
        assertTrue(english.contains("No results"));
    }

    @Test
    void aWithdrawnItemLeavesSearchAndGuestsAndComesBackWhenPublished() throws Exception {
        String key = "ks-resultat-xml";
        awaitSearch("q=KS%20Resultat%20XML", r -> ids(r).contains("toolbox:" + key));

        FacesClient editor = browser();
        editor.logIn(DemoData.USERS.get(2).email(), DemoData.PASSWORD);
        Page item = editor.get("verktoy.xhtml?key=" + key);
        Page withdrawn = editor.submit(item, "editor-form", Map.of(), "withdraw");
        assertTrue(withdrawn.contains("Status er endret til utkast"), "confirmed");
        awaitSearch("q=KS%20Resultat%20XML", r -> !ids(r).contains("toolbox:" + key));
        assertEquals(404, browser().get("verktoy.xhtml?key=" + key).status(), "a draft is not shown to guests");
        assertFalse(browser().get("verktoykasse.xhtml").contains("KS Resultat XML"));

        Page republished = editor.submit(editor.get("verktoy.xhtml?key=" + key), "editor-form", Map.of(), "publish");
        assertTrue(republished.contains("Status er endret til publisert"));
        awaitSearch("q=KS%20Resultat%20XML", r -> ids(r).contains("toolbox:" + key));
        assertEquals(200, browser().get("verktoy.xhtml?key=" + key).status());
    }

    @Test
    void whileElasticsearchIsDownSavingStillWorksSearchSaysSoAndNothingIsLostWhenItReturns() throws Exception {
        Assumptions.assumeTrue(SearchNodeSession.localNodeRunning(), "needs the local node this run started");
        String key = "geointegrasjon";
        awaitSearch("q=GeoIntegrasjon", r -> ids(r).contains("toolbox:" + key));
        FacesClient editor = browser();
        editor.logIn(DemoData.USERS.get(2).email(), DemoData.PASSWORD);

        SearchNodeSession.stopLocalNode();
        try {
            Page withdrawn = editor.submit(editor.get("verktoy.xhtml?key=" + key), "editor-form", Map.of(), "withdraw");
            assertTrue(withdrawn.contains("Status er endret til utkast"), "saving works without Elasticsearch");
            assertEquals(404, browser().get("verktoy.xhtml?key=" + key).status(), "the database is the truth");
            assertTrue(browser().get("sok.xhtml?q=GeoIntegrasjon").contains("Søket er ikke tilgjengelig"),
                    "the search page says plainly that search is down");
            assertEquals(503, search("q=GeoIntegrasjon").status, "the API says so too");
            assertTrue(pendingOutboxEntries("toolbox:" + key) > 0, "the index change waits in the outbox");
        } finally {
            SearchNodeSession.restartLocalNode();
        }
        awaitSearch("q=GeoIntegrasjon", r -> !ids(r).contains("toolbox:" + key));
        assertEquals(0, pendingOutboxEntries("toolbox:" + key), "the outbox drained when Elasticsearch came back");

        editor.submit(editor.get("verktoy.xhtml?key=" + key), "editor-form", Map.of(), "publish");
        awaitSearch("q=GeoIntegrasjon", r -> ids(r).contains("toolbox:" + key));
    }

    private static long pendingOutboxEntries(String documentId) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("db.url"),
                System.getProperty("db.user"), System.getProperty("db.password"));
             java.sql.PreparedStatement query = db.prepareStatement(
                     "SELECT count(*) FROM search_outbox WHERE document_id = ? AND done_at IS NULL")) {
            query.setString(1, documentId);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aUserTicksChecklistItemsAndSeesProgressPerPhaseAfterReload() throws Exception {
        String page = "verktoy.xhtml?key=sjekkliste-digital-sammenslaing";
        Page guest = browser().get(page);
        assertTrue(guest.contains("Logg inn for å krysse av"), "guests see it read-only");
        assertTrue(guest.contains("disabled=\"disabled\""));
        assertTrue(guest.contains("Sist faktasjekket"));

        FacesClient learner = browser();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        Page before = learner.get(page);
        assertTrue(before.contains("0 av 14 fullført"), "phase 1 has 14 items");
        Page saved = learner.submit(before, "checklist-form", Map.of("tick-1.1.1", "on", "tick-1.1.2", "on",
                "tick-2.1.1", "on", "tick-9.9.9", "on", "note", "Husk ROS-analysen"), "save");
        assertTrue(saved.contains("Fremdriften er lagret"), "confirmed");

        Page reloaded = learner.get(page);
        assertTrue(reloaded.contains("2 av 14 fullført"), "phase 1 progress kept");
        assertTrue(reloaded.contains("1 av 11 fullført"), "phase 2 progress kept");
        assertTrue(reloaded.contains("id=\"tick-1.1.1\" name=\"checklist-form:tick-1.1.1\" checked=\"checked\""));
        assertTrue(reloaded.contains("Husk ROS-analysen"), "note kept");
        assertEquals(3, count("SELECT count(*) FROM checklist_progress_tick t JOIN checklist_progress p ON p.id = t.progress_id "
                + "JOIN user_account u ON u.id = p.user_id WHERE u.email = ?", DemoData.USERS.get(0).email()),
                "the forged ref 9.9.9 is not kept");

        assertTrue(browser().get(page).contains("0 av 14 fullført"), "another visitor does not see this progress");

        assertTrue(reloaded.contains("id=\"export-pdf\""), "the page offers the downloads");
        FacesClient.Download pdf = learner.download("verktoy/sjekkliste.pdf?key=sjekkliste-digital-sammenslaing");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String pdfText;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertTrue(pdfText.contains("Sjekkliste for digital kommunesammenslåing"), pdfText);
        assertTrue(pdfText.contains("Før du starter (2 av 14 fullført)"), pdfText);
        assertTrue(pdfText.contains("[x] 1.1.1 ") && pdfText.contains("[ ] 1.2.1 ") && pdfText.contains("– avkrysset "), pdfText);
        assertTrue(pdfText.contains("Husk ROS-analysen"), "the note: " + pdfText);
        assertTrue(pdfText.contains(DemoData.USERS.get(0).name()), "whose progress: " + pdfText);

        FacesClient.Download xlsx = learner.download("verktoy/sjekkliste.xlsx?key=sjekkliste-digital-sammenslaing");
        assertEquals(200, xlsx.status());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet items = workbook.getSheet("Punkter");
            org.apache.poi.ss.usermodel.Row first = items.getRow(5);
            assertEquals("1.1.1", first.getCell(2).getStringCellValue());
            assertEquals("Ja", first.getCell(5).getStringCellValue());
            assertFalse(first.getCell(6).getStringCellValue().isBlank(), "when it was ticked");
            long ticked = java.util.stream.StreamSupport.stream(items.spliterator(), false)
                    .filter(r -> r.getRowNum() > 4 && "Ja".equals(r.getCell(5).getStringCellValue())).count();
            assertEquals(3, ticked);
            assertEquals(2, (int) workbook.getSheet("Faser").getRow(1).getCell(1).getNumericCellValue());
        }

        FacesClient other = browser();
        other.logIn(DemoData.USERS.get(1).email(), DemoData.PASSWORD);
        FacesClient.Download theirs = other.download("verktoy/sjekkliste.xlsx?key=sjekkliste-digital-sammenslaing");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(theirs.body()))) {
            assertEquals(0, (int) workbook.getSheet("Faser").getRow(1).getCell(1).getNumericCellValue(),
                    "everyone exports only their own progress");
        }
        assertEquals(404, learner.download("verktoy/sjekkliste.pdf?key=geointegrasjon").status(), "not a checklist");
        assertEquals(404, learner.download("verktoy/sjekkliste.pdf?key=finnes-ikke").status());
    }

    @Test
    void theSearchPageInABrowser() throws Exception {
        awaitSearch("q=kravspek", r -> r.getInt("total") > 0);
        WebDriver driver = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "sok.xhtml");
            driver.findElement(By.id("q")).sendKeys("kravspek", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
            assertTrue(driver.findElement(By.id("results")).getText().contains("Kravspesifikasjon: kravtekster for helsesystemer"));
            assertTrue(driver.findElements(By.cssSelector("#results mark")).size() > 0, "highlights shown");
            Browsers.screenshot(driver, "search-kravspek");

            driver.get(base + "verktoykasse.xhtml");
            Browsers.screenshot(driver, "toolbox");
            driver.manage().window().setSize(new Dimension(375, 800));
            driver.get(base + "sok.xhtml?q=sjekkliste");
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, "no sideways scrolling at phone width, overflow " + overflow + " px");
            Browsers.screenshot(driver, "search-phone");
            driver.get(base + "verktoy.xhtml?key=sjekkliste-digital-sammenslaing");
            overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, "checklist: no sideways scrolling at phone width, overflow " + overflow + " px");
            Browsers.screenshot(driver, "checklist-phone");

            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(base + "logg-inn.xhtml");
            driver.findElement(By.id("login-form:email")).sendKeys(DemoData.USERS.get(3).email());
            driver.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
            driver.get(base + "verktoy.xhtml?key=dag-en-helse-og-velferd");
            driver.findElement(By.cssSelector("label[for='tick-1.1.1']")).click();
            driver.findElement(By.id("tick-1.1.2")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("checklist-form:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phase-progress-1"), "2 av 8 fullført"));
            ((JavascriptExecutor) driver).executeScript("document.getElementById('phase-1').scrollIntoView();");
            Browsers.screenshot(driver, "checklist-ticked");
        } finally {
            driver.quit();
        }
    }

    @Test
    void anEditorAttachesFilesWhoseTextIsFoundAndHostileFilesAreRefused() throws Exception {
        String key = "noark-5-og-noark-ws";   // an item without seed attachments (content/verktoykasse/vedlegg)
        awaitSearch("q=noark", r -> ids(r).contains("toolbox:" + key));
        FacesClient editor = browser();
        editor.logIn(DemoData.USERS.get(2).email(), DemoData.PASSWORD);
        Page item = editor.get("verktoy.xhtml?key=" + key);
        assertTrue(item.contains("Last opp vedlegg") && item.contains("PDF, DOCX, XLSX, PPTX, ODT, TXT"), "the upload form");

        byte[] pdf = HostileFiles.pdf("Vedlegg om journalfoeringsrutiner", "Kvartalsvis loggkontroll i EPJ-systemet");
        Page added = editor.submitWithFile(item, "attachment-form", Map.of(), "file", "rutiner.exe", pdf, "attach");
        assertTrue(added.contains("Vedlegget rutiner.pdf er lagt til"), "named by its detected type: " + added.body());
        Matcher link = Pattern.compile("verktoy/vedlegg\\?id=(\\d+)\"[^>]*>rutiner\\.pdf<").matcher(added.body());
        assertTrue(link.find(), "a download link");
        String id = link.group(1);
        JsonObject found = awaitSearch("q=loggkontroll", r -> ids(r).contains("toolbox:" + key));
        assertTrue(found.getJsonArray("hits").toString().contains("<mark>"), "the attachment's words are highlighted");

        HttpResponse<byte[]> download = browser().fetch("verktoy/vedlegg?id=" + id);
        assertEquals(200, download.statusCode(), "guests download attachments of published items");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"rutiner.pdf\""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertTrue(java.util.Arrays.equals(pdf, download.body()), "the bytes as uploaded");
        assertEquals(404, browser().fetch("verktoy/vedlegg?id=999999").statusCode());

        long before = count("SELECT count(*) FROM toolbox_attachment");
        Page bomb = editor.submitWithFile(editor.get("verktoy.xhtml?key=" + key), "attachment-form", Map.of(), "file",
                "arkiv.docx", HostileFiles.nestedZip(5), "attach");
        assertTrue(bomb.contains("Denne filtypen kan ikke lastes opp"), "a zip is not a Word document: " + bomb.body());
        Page expanding = editor.submitWithFile(editor.get("verktoy.xhtml?key=" + key), "attachment-form", Map.of(), "file",
                "notat.docx", HostileFiles.expandingDocx(150 * 1024 * 1024), "attach");
        assertTrue(expanding.contains("pakker seg ut til langt mer"), "an expansion bomb is refused");
        Page broken = editor.submitWithFile(editor.get("verktoy.xhtml?key=" + key), "attachment-form", Map.of(), "file",
                "skadet.pdf", HostileFiles.garbledPdf(7), "attach");
        assertTrue(broken.contains("kunne ikke leses") || broken.contains("er lagt til"), "a garbled PDF: refused or read harmlessly");
        Page again = editor.submitWithFile(editor.get("verktoy.xhtml?key=" + key), "attachment-form", Map.of(), "file",
                "kopi.pdf", pdf, "attach");
        assertTrue(again.contains("allerede lagt ved"), "the same file twice");
        assertTrue(count("SELECT count(*) FROM toolbox_attachment") <= before + 1, "nothing of the refused files was saved");
        assertEquals(200, editor.get("verktoy.xhtml?key=" + key).status(), "the server is fine");

        FacesClient learner = browser();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        assertFalse(learner.get("verktoy.xhtml?key=" + key).contains("attachment-form"), "no upload form for learners");

        Page listed = editor.get("verktoy.xhtml?key=" + key);
        Matcher remove = Pattern.compile("id=\"(attachment-form:[^\"]*remove)\"").matcher(listed.body());
        assertTrue(remove.find(), "a remove button");
        // as a browser sends this multipart form: with the file field empty
        Page gone = editor.submitWithFile(listed, "attachment-form", Map.of(), "file", "", new byte[0],
                remove.group(1).substring("attachment-form:".length()));
        assertTrue(gone.contains("Vedlegget er fjernet"));
        awaitSearch("q=loggkontroll", r -> !ids(r).contains("toolbox:" + key));
        assertEquals(404, browser().fetch("verktoy/vedlegg?id=" + id).statusCode());
    }

    @Test
    void aFullReindexKeepsSearchAnsweringGivesTheSameResultsAndCleansTheOutbox() throws Exception {
        awaitSearch("size=50", r -> r.getInt("total") >= 32);
        List<String> queries = List.of("q=kravspek&size=50", "q=sjekkliste&size=50", "q=N5&size=50",
                "q=gevinstene&size=50", "type=sjekkliste&size=50");
        Map<String, java.util.Set<String>> before = new java.util.LinkedHashMap<>();
        for (String q : queries) {
            before.put(q, new java.util.TreeSet<>(ids(awaitSearch(q, r -> r.getInt("total") > 0))));
        }
        try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
             PreparedStatement old = db.prepareStatement("INSERT INTO search_outbox (document_id, operation, payload, "
                     + "created_at, attempts, done_at) VALUES ('toolbox:gammel', 'DELETE', NULL, now() - interval '3 days', 0, "
                     + "now() - interval '2 days')")) {
            old.executeUpdate();
        }

        FacesClient admin = browser();
        admin.logIn(DemoData.USERS.get(5).email(), DemoData.PASSWORD);
        Page page = admin.get("admin/sokeindeks.xhtml");
        assertEquals(200, page.status());
        Matcher live = Pattern.compile("id=\"live-index\"><code>([^<]+)</code>").matcher(page.body());
        assertTrue(live.find(), page.body());
        String oldIndex = live.group(1);
        FacesClient learner = browser();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        assertEquals(403, learner.get("admin/sokeindeks.xhtml").status(), "only system administrators");

        Page started = admin.submit(page, "reindex-form", Map.of(), "start");
        assertTrue(started.contains("Indekseringen er startet") || started.contains("Ferdig:"), started.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int searches = 0;
        String status;
        do {
            Answer answer = search("q=kravspek&size=50");
            assertEquals(200, answer.status, "search answers during the reindex");
            assertTrue(ids(answer.body).contains("toolbox:kravspesifikasjon-helsesystemer"), "and finds: " + answer.body);
            searches++;
            status = admin.get("admin/sokeindeks.xhtml").body();
        } while (!status.contains("Ferdig:") && !status.contains("feilet") && System.nanoTime() < deadline);
        assertTrue(status.contains("Ferdig:"), status);
        assertTrue(searches > 0);
        Matcher now = Pattern.compile("id=\"live-index\"><code>([^<]+)</code>").matcher(status);
        assertTrue(now.find());
        assertFalse(now.group(1).equals(oldIndex), "a new index is live: " + now.group(1));

        for (String q : queries) {
            assertEquals(before.get(q), new java.util.TreeSet<>(ids(search(q).body)), "same results for " + q);
        }
        assertEquals(0, count("SELECT count(*) FROM search_outbox WHERE document_id = 'toolbox:gammel'"),
                "sent entries older than a day are cleaned up");
    }

    @Test
    void anEditorCreatesPreviewsPublishesAndEditsAnItemWithVersionsAndADiff() throws Exception {
        FacesClient editor = browser();
        editor.logIn(DemoData.USERS.get(2).email(), DemoData.PASSWORD);
        Page form = editor.get("verktoy-rediger.xhtml");
        assertEquals(200, form.status());
        Map<String, String> fields = new java.util.HashMap<>(Map.of("key", "Feil Nøkkel", "type", "MAL",
                "section", "GRUNNDATAREGISTRE", "name-nb", "", "name-nn", "", "name-en", "", "summary", "Mal for vedtak",
                "body", "", "owner", "KS", "fact-checked", "2026-11-01"));
        fields.put("change-note", "");
        Page invalid = editor.submit(form, "edit-form", fields, "save");
        assertTrue(invalid.contains("Ingenting er lagret"), invalid.body());
        assertTrue(invalid.contains("Nøkkelen kan bare ha små bokstaver") && invalid.contains("Skriv inn et navn på bokmål")
                && invalid.contains("Skriv inn innholdet"), "a message per field");
        assertEquals(0, count("SELECT count(*) FROM toolbox_item WHERE name_nb = 'Mal for delegeringsvedtak'"));

        fields.put("key", "mal-delegeringsvedtak");
        fields.put("name-nb", "Mal for delegeringsvedtak");
        fields.put("body", "# Delegering\n\nVedtaket om **delegeringsreglement** i den nye kommunen.\n\n<script>alert(1)</script>");
        Page preview = editor.submit(invalid, "edit-form", fields, "preview");
        assertTrue(preview.contains("<strong>delegeringsreglement</strong>"), "the preview renders Markdown");
        assertFalse(preview.contains("<script>alert(1)</script>"), "and sanitises it");

        fields.put("audience", java.util.stream.IntStream.range(0, 11).mapToObj(i -> "Gruppe " + i)
                .collect(java.util.stream.Collectors.joining("\n")));
        Page tooMany = editor.submit(preview, "edit-form", fields, "save");
        assertTrue(tooMany.contains("Skriv høyst 10 målgrupper"), tooMany.body());
        assertEquals(0, count("SELECT count(*) FROM toolbox_item WHERE item_key = 'mal-delegeringsvedtak'"), "nothing saved");

        fields.put("audience", "Politisk ledelse\nArkivarer");
        fields.put("sector", "tverrgaende");
        fields.put("themes", "arkiv-og-dokumenthandtering");
        fields.put("phases", "GJENNOMFORING");
        fields.put("steps", "GJENNOMFORE");
        fields.put("related-items", "noark-5-og-noark-ws");
        fields.put("related-courses", "arkiv-data-og-apne-saker");
        fields.put("change-note", "Første utgave");
        Page created = editor.submit(tooMany, "edit-form", fields, "save");
        assertTrue(created.contains("opprettet som utkast"), created.body());
        assertEquals(404, browser().get("verktoy.xhtml?key=mal-delegeringsvedtak").status(), "a draft is not public");
        Page published = editor.submit(created, "editor-form", Map.of(), "publish");
        assertTrue(published.contains("Status er endret til publisert"));
        Page asReader = browser().get("verktoy.xhtml?key=mal-delegeringsvedtak");
        assertTrue(asReader.contains("Politisk ledelse") && asReader.contains("Arkivarer"), "audiences shown");
        assertTrue(asReader.contains("verktoy.xhtml?key=noark-5-og-noark-ws"), "the related item is linked");
        assertTrue(asReader.contains("kurs.xhtml?key=arkiv-data-og-apne-saker"), "the related course is linked");
        assertEquals(1, count("SELECT count(*) FROM toolbox_item i JOIN taxonomy_term t ON t.id = i.sector_id "
                + "WHERE i.item_key = 'mal-delegeringsvedtak' AND t.term_key = 'tverrgaende'"));
        awaitSearch("q=delegeringsreglement", r -> ids(r).contains("toolbox:mal-delegeringsvedtak"));

        Page edit = editor.get("verktoy-rediger.xhtml?key=mal-delegeringsvedtak");
        assertTrue(edit.contains("Mal for delegeringsvedtak"), "the form is filled");
        Page stale = editor.get("verktoy-rediger.xhtml?key=mal-delegeringsvedtak");
        assertTrue(edit.contains("value=\"noark-5-og-noark-ws\" selected"), "the related item is chosen in the form");
        fields.remove("key");
        fields.put("phases", "DRIFT");
        fields.put("body", "# Delegering\n\nVedtaket om **delegeringsreglement** i den nye kommunen.\n\nGjelder også innkjøpsfullmakter.");
        fields.put("change-note", "La til innkjøp");
        Page saved = editor.submit(edit, "edit-form", fields, "save");
        assertTrue(saved.contains("lagret som en ny versjon"), saved.body());
        awaitSearch("q=innkjøpsfullmakter", r -> ids(r).contains("toolbox:mal-delegeringsvedtak"));
        fields.put("change-note", "Utdatert skjema");
        Page refused = editor.submit(stale, "edit-form", fields, "save");
        assertTrue(refused.contains("Noen andre har lagret elementet"), "an edit of an old version is refused");

        Page versions = editor.get("verktoy-versjoner.xhtml?key=mal-delegeringsvedtak");
        assertTrue(versions.contains("La til innkjøp") && versions.contains("Første utgave"), versions.body());
        assertEquals(3, count("SELECT count(*) FROM toolbox_item_version v JOIN toolbox_item i ON i.id = v.item_id "
                + "WHERE i.item_key = 'mal-delegeringsvedtak'"), "created, published, edited");
        assertTrue(versions.contains("Endringer fra versjon 2 til 3"));
        assertTrue(versions.contains("la-diff-added\">+ Gjelder også innkjøpsfullmakter."), "the added line");
        assertTrue(versions.contains("la-diff-added\">+ Faser: drift") && versions.contains("la-diff-removed\">− Faser: gjennomforing"),
                "the metadata change: " + versions.body());

        FacesClient learner = browser();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        assertEquals(403, learner.get("verktoy-rediger.xhtml?key=mal-delegeringsvedtak").status());
        assertEquals(403, learner.get("verktoy-versjoner.xhtml?key=mal-delegeringsvedtak").status());
    }

    /** Mean nDCG@5 over the judged Norwegian queries must stay at or above this (measured 0.920 on 2026-11-23). */
    static final double MIN_MEAN_NDCG_AT_5 = 0.85;

    @Test
    void judgedNorwegianQueriesRankTheirAnswersHigh() throws Exception {
        awaitSearch("size=50", r -> r.getInt("total") >= 32);
        List<no.laeringsarena.search.JudgedQueries.Judgement> judged =
                no.laeringsarena.search.JudgedQueries.read("search/judged-queries-nb.tsv");
        double sum = 0;
        StringBuilder report = new StringBuilder();
        for (no.laeringsarena.search.JudgedQueries.Judgement j : judged) {
            Answer answer = search("size=5&q=" + java.net.URLEncoder.encode(j.query(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, answer.status, j.query());
            List<String> ranked = ids(answer.body);
            double ndcg = no.laeringsarena.search.JudgedQueries.ndcg(ranked, j.grades(), 5);
            sum += ndcg;
            report.append(String.format(java.util.Locale.ROOT, "%.3f  %-45s %s%n", ndcg, j.query(), ranked));
        }
        double mean = sum / judged.size();
        System.out.printf(java.util.Locale.ROOT, "nDCG@5 over %d judged queries: %.3f%n%s", judged.size(), mean, report);
        assertTrue(mean >= MIN_MEAN_NDCG_AT_5, String.format(java.util.Locale.ROOT,
                "mean nDCG@5 %.3f below %.2f:%n%s", mean, MIN_MEAN_NDCG_AT_5, report));
    }

    @Test
    void anEditorAddsASynonymAndSearchUsesItAfterAReindexWithoutDowntime() throws Exception {
        awaitSearch("q=byggesøknad", r -> ids(r).contains("toolbox:brukerreise-byggesoknad"));
        assertFalse(ids(search("q=byggetillatelse").body).contains("toolbox:brukerreise-byggesoknad"), "not yet a synonym");
        FacesClient editor = browser();
        editor.logIn(DemoData.USERS.get(2).email(), DemoData.PASSWORD);
        Page page = editor.get("redaksjon/synonymer.xhtml");
        assertEquals(200, page.status());
        Matcher current = Pattern.compile("<textarea[^>]*>([^<]*)</textarea>").matcher(page.body());
        assertTrue(current.find(), page.body());
        String rules = current.group(1).replace("&gt;", ">").replace("&amp;", "&").strip();
        assertTrue(rules.contains("kravspek, kravspekk"), "the shipped rules to start from");

        Page invalid = editor.submit(page, "synonyms-form", Map.of("rules", rules + "\nbare ett ord"), "save");
        assertTrue(invalid.contains("må ha minst to ord"), invalid.body());
        assertEquals(0, count("SELECT count(*) FROM search_synonyms"), "nothing saved");

        Page saved = editor.submit(invalid, "synonyms-form", Map.of("rules", rules + "\nByggetillatelse, byggesøknad"), "save");
        assertTrue(saved.contains("Søkeindeksen bygges på nytt"), saved.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String status;
        do {
            assertEquals(200, search("q=kravspek").status, "search answers meanwhile");
            status = editor.get("redaksjon/synonymer.xhtml").body();
        } while (!status.contains("Ferdig:") && !status.contains("feilet") && System.nanoTime() < deadline);
        assertTrue(status.contains("Ferdig:"), status);
        assertTrue(ids(search("q=byggetillatelse").body).contains("toolbox:brukerreise-byggesoknad"), "the new synonym works");
        assertTrue(ids(search("q=kravspek").body).contains("toolbox:kravspesifikasjon-helsesystemer"), "the old ones too");

        FacesClient learner = browser();
        learner.logIn(DemoData.USERS.get(0).email(), DemoData.PASSWORD);
        assertEquals(403, learner.get("redaksjon/synonymer.xhtml").status());
    }

    private record Answer(int status, JsonObject body) {
    }

    private Answer search(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/search?" + query))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return new Answer(response.statusCode(), reader.readObject());
        } catch (RuntimeException notJson) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), notJson);
        }
    }

    /** Searches until the answer satisfies the condition (the outbox and the index refresh take a moment). */
    private JsonObject awaitSearch(String query, Predicate<JsonObject> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Answer last;
        do {
            last = search(query);
            if (last.status == 200 && condition.test(last.body)) {
                return last.body;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("search '" + query + "' never gave the expected answer; last: " + last.status + " " + last.body);
    }

    private static List<String> ids(JsonObject results) {
        return results.getJsonArray("hits").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

}
