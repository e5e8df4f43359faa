package no.laeringsarena.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.testsupport.Browsers;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.OidcProviderSession;
import no.laeringsarena.testsupport.TestDatabase;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logging in with ID-porten and Feide through the whole authorization-code flow, in a real browser against a real
 * local OpenID Connect provider ({@link OidcProviderSession}), and what a person sees when it goes wrong.
 */
@ExtendWith(ArquillianExtension.class)
class OidcLoginIT {

    private static final String FNR = "01019012345";

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
        OidcProviderSession.forgetQueuedLogins();
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of("target"), "chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void idPortenLoginCreatesAnAccountWithoutThePidReturnsToThePageAndIsReusedNextTime() throws Exception {
        String sub = "idp-" + UUID.randomUUID();
        OidcProviderSession.nextLogin(token("idporten", sub, Map.of("pid", FNR, "acr", "idporten-loa-substantial")));

        browser.get(base + "min-side/laeringshistorikk.xhtml");
        wait.until(ExpectedConditions.urlContains("logg-inn.xhtml"));
        assertEquals("Logg inn med ID-porten", browser.findElement(By.id("oidc-idporten")).getText());
        assertEquals("Logg inn med Feide", browser.findElement(By.id("oidc-feide")).getText());
        Browsers.screenshot(browser, "oidc-login-buttons");
        browser.findElement(By.id("oidc-idporten")).click();

        wait.until(ExpectedConditions.urlContains("min-side/laeringshistorikk.xhtml"));
        browser.get(base + "min-side.xhtml");
        assertEquals("ID-porten", browser.findElement(By.id("my-name")).getText());
        Browsers.screenshot(browser, "oidc-idporten-logged-in");

        long userId = linkedUser("IDPORTEN", sub);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM user_role WHERE user_id = ? AND role = 'DELTAKER'", userId));
        assertNoNationalIdentityNumberStored();

        // a second login, in a new browser session, reaches the same account
        browser.manage().deleteAllCookies();
        OidcProviderSession.nextLogin(token("idporten", sub, Map.of("pid", FNR)));
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("oidc-idporten")).click();
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        assertEquals("ID-porten", browser.findElement(By.id("my-name")).getText());
        assertEquals(userId, linkedUser("IDPORTEN", sub));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM oidc_link WHERE subject = ?", sub));
        assertNoNationalIdentityNumberStored();
    }

    @Test
    void feideLoginTakesNameAddressAndOrganisationFromTheClaimsAndGoesWhereAsked() throws Exception {
        String sub = "feide-" + UUID.randomUUID();
        String email = "laerer-" + sub.substring(6, 14) + "@skole.example.no";
        OidcProviderSession.nextLogin(token("feide", sub, Map.of("name", "Lærer Feidesen", "email", email,
                "orgno", DemoData.DEMO_KOMMUNE_ORGNR)));

        browser.get(base + "logg-inn.xhtml?return=/kurs.xhtml");
        browser.findElement(By.id("oidc-feide")).click();
        wait.until(ExpectedConditions.urlContains("kurs.xhtml"));
        browser.get(base + "min-side.xhtml");
        assertEquals("Lærer Feidesen", browser.findElement(By.id("my-name")).getText());
        assertTrue(browser.findElement(By.cssSelector(".la-facts")).getText().contains("Demo kommune"));

        long userId = linkedUser("FEIDE", sub);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM user_account WHERE id = ? AND email = ? "
                + "AND organisation_id IS NOT NULL", userId, email));
    }

    @Test
    void aForgedStateOrADeniedConsentLogsNobodyInAndSaysWhy() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI toProvider = redirect(http, URI.create(base + "oidc/idporten/start"));
        assertTrue(toProvider.toString().contains("code_challenge_method=S256"), toProvider.toString());
        assertTrue(toProvider.toString().contains("nonce="), toProvider.toString());
        URI back = redirect(http, toProvider);
        String query = back.getRawQuery();
        assertTrue(back.getPath().endsWith("/oidc/callback") && query.contains("state="), back.toString());
        String state = query.replaceAll(".*state=([^&]*).*", "$1");

        URI forged = URI.create(back.toString().replace("state=" + state, "state=forfalsket"));
        assertTrue(redirect(http, forged).toString().endsWith("logg-inn.xhtml?oidcFeil=state"));

        URI denied = URI.create(base + "oidc/callback?error=access_denied&state=" + state);
        assertTrue(redirect(http, denied).toString().endsWith("logg-inn.xhtml?oidcFeil=denied"));

        // the state was used up by the denied answer: the real code is refused too
        assertTrue(redirect(http, back).toString().endsWith("logg-inn.xhtml?oidcFeil=state"));
        assertTrue(redirect(http, URI.create(base + "min-side.xhtml")).toString().contains("logg-inn.xhtml"),
                "nobody is logged in");

        browser.get(base + "logg-inn.xhtml?oidcFeil=state");
        assertTrue(browser.findElement(By.id("oidc-error")).getText().startsWith("Innloggingen kunne ikke bekreftes"));
        browser.get(base + "logg-inn.xhtml?oidcFeil=denied");
        assertTrue(browser.findElement(By.id("oidc-error")).getText().contains("ga ikke samtykke"));
    }

    @Test
    void aProviderThatIsDownGivesAClearMessageOnTheLoginPage() throws Exception {
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("oidc-generic")).click();
        wait.until(ExpectedConditions.urlContains("oidcFeil=unavailable"));
        assertTrue(browser.findElement(By.id("oidc-error")).getText().startsWith("Innloggingstjenesten svarer ikke"));
        assertFalse(browser.getPageSource().contains("OidcLoginException"), "no stack trace");
        assertFalse(browser.getPageSource().contains("at no.laeringsarena."), "no stack trace");
        Browsers.screenshot(browser, "oidc-provider-down");
    }

    @Test
    void anAddressThatHasAnAccountIsLinkedOnlyByItsOwnerFromMinSide() throws Exception {
        DemoData.DemoUser owner = DemoData.USERS.get(0);
        String sub = "feide-" + UUID.randomUUID();
        OidcProviderSession.nextLogin(token("feide", sub, Map.of("name", "Noen Andre", "email", owner.email())));
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("oidc-feide")).click();
        wait.until(ExpectedConditions.urlContains("oidcFeil=emailTaken"));
        assertTrue(browser.findElement(By.id("oidc-error")).getText().contains("koble innloggingstjenesten"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM oidc_link WHERE subject = ?", sub));

        // the owner logs in with the password and links Feide from Min side
        browser.findElement(By.id("login-form:email")).sendKeys(owner.email());
        browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        OidcProviderSession.nextLogin(token("feide", sub, Map.of("email", owner.email())));
        browser.findElement(By.id("oidc-link-feide")).click();
        wait.until(ExpectedConditions.urlContains("koblet=feide"));
        assertTrue(browser.findElement(By.id("oidc-linked-notice")).getText().startsWith("Feide er koblet til"));

        // from now on Feide logs the owner in to their own account
        browser.manage().deleteAllCookies();
        OidcProviderSession.nextLogin(token("feide", sub, Map.of("email", owner.email())));
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("oidc-feide")).click();
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        assertEquals(owner.name(), browser.findElement(By.id("my-name")).getText());
    }

    @Test
    void aPersonUnlinksAProviderFromMinSideButNeverTheirLastWayToLogIn() throws Exception {
        String feideSub = "feide-" + UUID.randomUUID();
        String email = "frakobling-" + feideSub.substring(6, 14) + "@skole.example.no";
        OidcProviderSession.nextLogin(token("feide", feideSub, Map.of("name", "Frida Frakobling", "email", email)));
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("oidc-feide")).click();
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        long userId = linkedUser("FEIDE", feideSub);

        // Feide is the only way into this account, which has no password: unlinking it is refused
        browser.findElement(By.xpath("//input[@value='Koble fra Feide']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Du kan ikke koble fra Feide: det er den eneste måten du logger inn på"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM oidc_link WHERE subject = ?", feideSub));

        // with ID-porten linked too, Feide can go
        String idportenSub = "idp-" + UUID.randomUUID();
        OidcProviderSession.nextLogin(token("idporten", idportenSub, Map.of("pid", FNR)));
        browser.findElement(By.id("oidc-link-idporten")).click();
        wait.until(ExpectedConditions.urlContains("koblet=idporten"));
        browser.findElement(By.xpath("//input[@value='Koble fra Feide']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Feide er koblet fra kontoen din."));
        Browsers.screenshot(browser, "oidc-unlinked");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM oidc_link WHERE subject = ?", feideSub));
        assertEquals(userId, linkedUser("IDPORTEN", idportenSub));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM audit_event WHERE event_type = 'LOGIN_PROVIDER_UNLINKED' "
                + "AND target = ? AND details = 'feide'", "konto " + userId));
        assertTrue(browser.findElements(By.xpath("//input[@value='Koble fra Feide']")).isEmpty());
        assertEquals(1, browser.findElements(By.xpath("//input[@value='Koble fra ID-porten']")).size(),
                "the last provider stays, with its button");
        assertNoNationalIdentityNumberStored();
    }

    @Test
    void loggingOutAfterAProviderLoginEndsTheSessionAtTheProviderToo() throws Exception {
        String sub = "idp-" + UUID.randomUUID();
        OidcProviderSession.nextLogin(token("idporten", sub, Map.of("pid", FNR)));
        browser.get(base + "logg-inn.xhtml");
        browser.findElement(By.id("oidc-idporten")).click();
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        long userId = linkedUser("IDPORTEN", sub);
        while (providerRequest(50).isPresent()) {
            // forget what the provider was asked before the logout
        }

        browser.findElement(By.id("account:logout")).click();

        // via the provider's end_session_endpoint, which sends the browser back to the front page with our state
        wait.until(d -> d.getCurrentUrl().contains("index.xhtml?state="));
        String endSession = null;
        for (Optional<String> path = providerRequest(5000); path.isPresent() && endSession == null; path = providerRequest(1000)) {
            if (path.get().startsWith("/idporten/endsession")) {
                endSession = path.get();
            }
        }
        assertTrue(endSession != null, "the provider's end-session endpoint was called");
        assertTrue(endSession.contains("id_token_hint=ey") && endSession.contains("post_logout_redirect_uri=http")
                && endSession.contains("index.xhtml") && endSession.contains("state="), endSession);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM audit_event WHERE event_type = 'LOGGED_OUT_AT_PROVIDER' "
                + "AND target = ? AND details = 'idporten'", "konto " + userId));
        browser.get(base + "min-side.xhtml");
        wait.until(ExpectedConditions.urlContains("logg-inn.xhtml"));

        // a password login's logout stays with the platform
        DemoData.DemoUser owner = DemoData.USERS.get(1);
        browser.findElement(By.id("login-form:email")).sendKeys(owner.email());
        browser.findElement(By.id("login-form:password")).sendKeys(DemoData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("min-side.xhtml"));
        browser.findElement(By.id("account:logout")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        assertFalse(browser.getCurrentUrl().contains("state="), browser.getCurrentUrl());
    }

    /** The path (with query) of the next request the provider got, if one comes within the time. */
    private static Optional<String> providerRequest(long millis) {
        try {
            var request = OidcProviderSession.provider().takeRequest(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return Optional.ofNullable(request == null ? null : request.getPath());
        } catch (RuntimeException e) {
            return Optional.empty(); // "no request found in queue within timeout"
        }
    }

    private static DefaultOAuth2TokenCallback token(String issuerId, String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(OidcProviderSession.CLIENT_ID),
                claims, 3600);
    }

    private static URI redirect(HttpClient http, URI uri) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, response.statusCode(), uri.toString());
        return uri.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private static long linkedUser(String provider, String subject) throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement st = db.prepareStatement("SELECT user_id FROM oidc_link WHERE provider = ? AND subject = ?")) {
            st.setString(1, provider);
            st.setString(2, subject);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no " + provider + " link for " + subject);
                return rs.getLong(1);
            }
        }
    }

    /** Not in any account's or link's text: the pid, or anything of its shape. */
    private static void assertNoNationalIdentityNumberStored() throws Exception {
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM user_account WHERE email || ' ' || display_name "
                + "~ '(^|[^0-9])[0-9]{6} ?[0-9]{5}($|[^0-9])' OR position(? in email || display_name || password_hash) > 0", FNR));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM oidc_link WHERE position(? in subject) > 0", FNR));
    }
}
