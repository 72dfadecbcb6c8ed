package nl.slimmehandhaving.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import nl.slimmehandhaving.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port, driven through Debian's chromium and chromium-driver (never a downloaded
 * browser). Every step is saved as a screenshot under target/e2e-screenshots/&lt;test&gt;/ for review.
 * The job executor is off in tests: call {@code caseworker.runJobs(caseNumber)} after a browser step that
 * ends in an asynchronous continuation.
 */
abstract class BrowserTest extends PostgresIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    @LocalServerPort
    int port;

    ChromeDriver driver;
    private Path screenshots;
    private int step;

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER_PATH", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        screenshots = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        Files.createDirectories(screenshots);
        step = 0;
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            screenshot("end");
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Tasklist tasklist() {
        return new Tasklist(driver, url("/camunda/app/tasklist/"), this::screenshot);
    }

    void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), screenshots.resolve(String.format("%02d-%s.png", ++step, name)),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(screenshots.resolve(String.format("%02d-%s.html", step, name)), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
