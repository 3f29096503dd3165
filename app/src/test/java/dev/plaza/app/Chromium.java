package dev.plaza.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium (installed by test-peers/install-browser.sh) pointed at one Plaza, for
 * the browser tests. Screenshots go to target/screenshots, or to the folder named by the
 * {@code plaza.screenshots.dir} property (docs/screenshots when refreshing the docs).
 */
final class Chromium implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1360, 1000);

    private final ChromeDriver driver;
    private final Path screenshots;
    private final String base;

    private Chromium(ChromeDriver driver, Path screenshots, String base) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.base = base;
    }

    /** Starts a browser for the web app at {@code base}, e.g. http://127.0.0.1:41234. */
    static Chromium open(String base) throws IOException {
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("plaza.screenshots.dir", "target/screenshots")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                // FederatedThreadBrowserTest's Plaza serves HTTPS with a test CA's certificate
                "--ignore-certificate-errors",
                "--user-data-dir=" + Files.createTempDirectory("plaza-chromium-"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        return new Chromium(driver, screenshots, base);
    }

    ChromeDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    /** Logs in afresh as this team member and waits for the Overview. */
    void logIn(String email, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlToBe(base + "/"));
    }

    /** Connects the brand's Bluesky account through Settings → Bluesky and waits for the page to say so. */
    WebElement connectBluesky(String handle, String appPassword, String pdsUrl) {
        driver.get(base + "/settings/bluesky");
        driver.findElement(By.id("identifier")).sendKeys(handle);
        driver.findElement(By.id("app_password")).sendKeys(appPassword);
        driver.findElement(By.id("pds_url")).sendKeys(pdsUrl);
        driver.findElement(By.id("pds_url")).submit();
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok")));
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
