package no.laeringsarena.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium through Debian's chromedriver (no browser downloads), for browser tests. */
public final class Browsers {

    private Browsers() {
    }

    public static WebDriver headlessChromium(Path profileDir) throws IOException {
        String chromium = firstExisting("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String driver = firstExisting("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Files.createDirectories(profileDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=nb-NO", "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(driver)).usingAnyFreePort().build();
        WebDriver webDriver = new ChromeDriver(service, options);
        webDriver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        webDriver.manage().window().setSize(new Dimension(1280, 900));
        return webDriver;
    }

    public static Path screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static String firstExisting(String envName, String... candidates) {
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) {
            return fromEnv;
        }
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Not found: " + String.join(" or ", candidates)
                + " (apt-get install chromium chromium-driver, or set " + envName + ")");
    }
}
