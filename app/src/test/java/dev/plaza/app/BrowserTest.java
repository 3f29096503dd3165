package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.demo.DemoSeeder;
import dev.plaza.insights.PlazaPostScorer;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.RepositoryCar;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the web app on the demo community in real headless Chromium (see
 * {@link Chromium}): log in, look at the Overview and People, open a profile and see every identity
 * of that person, and the manager's pages.
 */
class BrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static WebServer server;
    private static Chromium chromium;
    private static ChromeDriver browser;
    private static Workspace demo;

    @BeforeAll
    static void start() throws IOException {
        demo = DemoSeeder.seed(db.store(), "localhost", Progress.NONE);
        PlazaPostScorer scorer = PlazaPostScorer.builtIn();
        while (db.store().scoring().scoreQueued(ScoringWorker.ROUND, scorer) > 0) {
            // as Plaza's scoring worker does after the demo is seeded
        }
        new LeaderRankings(db.store(), java.time.Clock.systemUTC(), java.time.Duration.ofHours(6)).rank(demo.id());
        db.store().engagement().recompute(demo.id(), true);
        db.store().wordOfMouth().keep(demo.id(), 12, java.time.Instant.now());
        server = new WebServer(db.store(), WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new ArchiveImports(db.store())).start();
        chromium = Chromium.open("http://127.0.0.1:" + server.port());
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTeamMemberLogsInFindsAPersonAndSeesEveryIdentity() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/");
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("email")).sendKeys(DemoSeeder.DEMO_EMAIL);
        browser.findElement(By.id("password")).sendKeys(DemoSeeder.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();

        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
        assertThat(browser.getPageSource()).contains("Demo data");
        waitForCharts();
        screenshot("overview");
        WebElement sentimentChart = browser.findElement(By.id("sentiment-chart"));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(arguments[0]).data.datasets.map(d => d.label)", sentimentChart))
                .isEqualTo(List.of("Negative", "Neutral", "Positive"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('sentiment-heading').scrollIntoView()");
        screenshot("overview-sentiment");

        // a click on the latest week's bar of positive posts lands on exactly those posts
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> bar = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const chart = Chart.getChart(arguments[0]);
                const d = chart.data.datasets.findIndex(set => set.label === "Positive");
                const data = chart.data.datasets[d].data;
                for (let i = data.length - 1; i >= 0; i--) {
                  if (data[i] > 0) {
                    const el = chart.getDatasetMeta(d).data[i];
                    const box = arguments[0].getBoundingClientRect();
                    return { x: el.x - box.width / 2, y: (el.y + el.base) / 2 - box.height / 2, count: data[i],
                             week: chart.data.labels[i] };
                  }
                }
                return null;""", sentimentChart);
        assertThat(bar).as("a week with positive posts").isNotNull();
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(sentimentChart, ((Number) bar.get("x")).intValue(), ((Number) bar.get("y")).intValue()).click().perform();
        waitFor().until(ExpectedConditions.urlContains("/activities?"));
        assertThat(browser.getCurrentUrl()).contains("sentiment=positive").contains("from=" + bar.get("week"));
        assertThat(browser.findElement(By.id("posts-description")).getText()).startsWith("Positive posts, replies and mentions in the whole community");
        List<WebElement> posts = browser.findElements(By.cssSelector("ol.measured-posts > li"));
        assertThat(posts).hasSize(Math.min(50, ((Number) bar.get("count")).intValue()));
        assertThat(browser.findElements(By.cssSelector("ol.measured-posts .badge.sentiment-positive"))).hasSameSizeAs(posts);
        screenshot("activities");

        // a click on the activity chart's latest point of its top platform lands on that platform's week
        browser.get(base() + "/");
        WebElement activityChart = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("activity-chart")));
        waitForCharts();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> point = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const chart = Chart.getChart(arguments[0]);
                const d = chart.data.datasets.length - 1;
                const data = chart.data.datasets[d].data;
                const i = data.findLastIndex(n => n > 0);
                const el = chart.getDatasetMeta(d).data[i];
                const box = arguments[0].getBoundingClientRect();
                return { x: el.x - box.width / 2, y: el.y - box.height / 2, count: data[i], platform: chart.data.datasets[d].label };""",
                activityChart);
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(activityChart, ((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue()).click().perform();
        waitFor().until(ExpectedConditions.urlContains("/activity?"));
        assertThat(browser.findElement(By.id("activity-description")).getText()).startsWith("Everything on " + point.get("platform"));
        assertThat(browser.findElements(By.cssSelector("ol.activity-log > li"))).hasSize(Math.min(50, ((Number) point.get("count")).intValue()));
        screenshot("activity-log");

        browser.findElement(By.cssSelector("nav a[href='/engagement']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("levels-chart")));
        waitForCharts();
        assertThat(browser.findElements(By.cssSelector("table.cohorts tbody tr"))).as("the demo's monthly cohorts").hasSizeGreaterThan(6);
        screenshot("engagement");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('cohorts-heading').scrollIntoView()");
        screenshot("engagement-retention");

        browser.get(base() + "/reports/monthly");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("report-posts")));
        waitForCharts();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(demo.name() + ": ");
        screenshot("monthly-report");

        browser.get(base() + "/communities");
        browser.findElement(By.cssSelector("table.communities tbody tr th a[href^='/communities/']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("sentiment-chart")));
        waitForCharts();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('measures-heading').scrollIntoView()");
        screenshot("community-dashboard");

        browser.findElement(By.cssSelector("nav a[href='/advocates']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Advocates");
        assertThat(browser.findElements(By.cssSelector("table.advocates tbody tr"))).as("the demo community's advocates")
                .isNotEmpty();
        screenshot("advocates");

        browser.findElement(By.cssSelector("nav a[href='/leaders']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElements(By.cssSelector("table.leaders tbody tr"))).as("the demo community's leaders").isNotEmpty();
        screenshot("leaders");

        browser.findElement(By.cssSelector("nav a[href='/people']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.card-title")));
        screenshot("people");

        Person linked = personWithSeveralIdentities();
        List<Identity> identities = db.store().people().identitiesOf(demo.id(), linked.id());
        browser.get(base() + "/people/" + linked.id());
        WebElement table = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.identities")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(linked.displayName());
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(identities.size());
        for (Identity identity : identities) {
            assertThat(table.getText()).contains(identity.handle()).contains(identity.platform().label());
        }
        screenshot("profile");
        assertThat(browser.findElement(By.id("relationship-heading")).getText()).isEqualTo("Relationship with the brand");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('relationship-heading').scrollIntoView()");
        screenshot("profile-relationship");
    }

    @Test
    void aThreadReadsInOrderAndTheImportFormIsThere() throws IOException {
        logIn();
        var conversation = db.store().conversations().list(demo.id(), java.util.Optional.empty(), PageRequest.first(50))
                .items().stream().filter(c -> c.activityCount() >= 4).findFirst().orElseThrow();
        var thread = db.store().conversations().thread(demo.id(), conversation.id());

        browser.get(base() + "/conversations/" + conversation.id());

        List<WebElement> shown = waitFor().until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("ol.thread > li")));
        assertThat(shown).hasSize(thread.size());
        assertThat(shown.get(0).getText()).contains(firstWords(thread.get(0).text()));
        screenshot("conversation");

        browser.get(base() + "/settings/imports");
        WebElement upload = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("archive")));
        assertThat(upload.getAttribute("type")).isEqualTo("file");
        assertThat(browser.findElement(By.cssSelector("label[for=archive]")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("repository")).getAttribute("accept")).contains(".car");
        assertThat(browser.findElement(By.cssSelector("label[for=repository]")).getText()).isNotBlank();
        screenshot("imports");
    }

    @Test
    void aManagerUploadsABlueskyRepositoryAndWatchesItsImportEndInASummary() throws IOException {
        logIn();
        Path car = Files.write(Files.createTempFile("plaza-brand", ".car"), RepositoryCar.sample());
        browser.get(base() + "/settings/imports");

        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("repository")))
                .sendKeys(car.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("section[aria-labelledby=bluesky-import-heading] button[type=submit]")).click();

        WebElement summary = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".job[data-state=done] .job-summary")));
        assertThat(summary.getText()).contains("Imported 4 activities")
                .contains("skipped 1 record of other kinds (app.bsky.graph.block)");
        var reply = db.store().activities().findByUri(demo.id(), RepositoryCar.REPLY).orElseThrow();
        assertThat(reply.conversationId()).isPresent();
        Files.delete(car);
    }

    @Test
    void theBrandHasAPublicProfileAndManagersSeeTheDeliveryQueue() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/@brand");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fernhill Bikes");
        assertThat(browser.findElement(By.cssSelector("main .meta")).getText()).startsWith("@brand@");

        logIn();
        browser.get(base() + "/settings/deliveries");
        assertThat(waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deliveries-done"))).getText())
                .matches("[0-9,]+");
        screenshot("deliveries");
    }

    @Test
    void aManagerBlocksAServerAndSeesTheBlockedAccountsAndServers() throws IOException {
        long workspace = db.store().workspaces().list().getFirst().id();
        db.store().blocks().blockActor(workspace, new dev.plaza.core.blocks.NewActorBlock("https://spam.example/users/troll",
                java.util.Optional.of("troll@spam.example"), java.util.Optional.empty(), "Harassed the team"));
        logIn();
        browser.get(base() + "/settings/blocks");
        browser.findElement(By.id("domain")).sendKeys("casino-spam.example");
        browser.findElement(By.id("domain-reason")).sendKeys("Spam waves in the replies");
        browser.findElement(By.id("domain")).submit();

        assertThat(waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok")))
                .getText()).contains("Blocked casino-spam.example");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("@troll@spam.example")
                .contains("Harassed the team").contains("Spam waves in the replies");
        screenshot("blocks");
    }

    @Test
    void aManagerPublishesAPollAndSeesItOnTheBrandsPublicPages() throws IOException {
        logIn();
        browser.get(base() + "/publish");
        browser.findElement(By.id("text")).sendKeys("Which colour should the 2027 Fernhill come in? #bikes");
        browser.findElement(By.id("content_warning")).sendKeys("product plans");
        browser.findElement(By.cssSelector("details.poll-fields summary")).click();
        browser.findElement(By.id("poll_option_1")).sendKeys("Teal");
        browser.findElement(By.id("poll_option_2")).sendKeys("Rust");
        browser.findElement(By.id("poll_option_3")).sendKeys("Forest green");
        browser.findElement(By.cssSelector("form.compose-form button[type=submit]")).click();

        WebElement post = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".post-row")));
        assertThat(post.findElement(By.cssSelector(".post-content")).getText()).contains("Which colour").contains("#bikes");
        assertThat(post.findElements(By.cssSelector(".poll-results li"))).hasSize(3);
        assertThat(post.findElement(By.cssSelector(".engagement")).getText()).isEqualTo("0 replies · 0 likes · 0 boosts");
        screenshot("publish");

        URI link = URI.create(post.findElement(By.linkText("link")).getAttribute("href"));
        browser.get(base() + link.getPath());
        assertThat(browser.findElement(By.cssSelector("article.public-post summary")).getText()).isEqualTo("product plans");
        assertThat(browser.findElements(By.cssSelector("article.public-post .poll li"))).extracting(WebElement::getText)
                .containsExactly("Teal: 0", "Rust: 0", "Forest green: 0");
        screenshot("public-post");
    }

    @Test
    void aManagerGivesTheBrandProfileFieldsAnAvatarAndAHeader() throws IOException {
        logIn();
        browser.get(base() + "/settings/profile");
        WebElement summary = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        summary.clear();
        summary.sendKeys("City bikes and repairs for everyone in Fernhill. Ride with us on Sundays.");
        type("field_name_1", "Website");
        type("field_value_1", "https://fernhill.example");
        type("field_name_2", "Repair café");
        type("field_value_2", "Saturdays 10–14, Market Square");
        browser.findElement(By.cssSelector("form[action='/settings/profile/brand'] button[type=submit]")).click();
        assertThat(waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok"))).getText())
                .contains("Saved the profile of @brand");

        upload("avatar", image(256, 256, true));
        upload("header", image(1200, 400, false));

        assertThat(browser.findElement(By.cssSelector("img.avatar-preview")).getAttribute("src"))
                .contains("/media/actors/brand/avatar?v=");
        assertThat(browser.findElement(By.id("field_value_1")).getAttribute("value")).isEqualTo("https://fernhill.example");
        browser.manage().window().setSize(new Dimension(Chromium.DESKTOP.width, 1900));
        try {
            screenshot("profile-settings");
        } finally {
            browser.manage().window().setSize(Chromium.DESKTOP);
        }

        browser.get(base() + "/@brand");
        assertThat(browser.findElement(By.cssSelector(".profile-fields")).getText()).contains("Website")
                .contains("fernhill.example").contains("Repair café");
        assertThat(((Number) browser.executeScript("return document.querySelector('img.profile-avatar').naturalWidth"))
                .intValue()).as("the avatar loads").isEqualTo(256);
        screenshot("public-profile");
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void upload(String slot, Path file) {
        browser.findElement(By.id(slot + "-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action='/settings/profile/brand/" + slot + "'] button[type=submit]")).click();
        // The page before the upload had a confirmation too, and may go away while it is read:
        // wait for the new page's, whatever Chrome answers about nodes of the old one meanwhile.
        assertThat(waitFor().ignoring(WebDriverException.class).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".flash-ok"), "Changed the " + slot + " of @brand"))).isTrue();
    }

    /** A PNG to upload: a bicycle's two wheels on the brand's colours, drawn without fonts. */
    private static Path image(int width, int height, boolean avatar) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x4f46e5), width, height, new Color(avatar ? 0x3730a3 : 0x0ea5e9)));
        g.fillRect(0, 0, width, height);
        int r = Math.min(width / 6, height / 4);
        int y = height / 2 + r / 3;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(Math.max(4, r / 6f)));
        g.drawOval(width / 2 - 2 * r - r / 4, y - r, 2 * r, 2 * r);
        g.drawOval(width / 2 + r / 4, y - r, 2 * r, 2 * r);
        g.drawPolyline(new int[] {width / 2 - r - r / 4, width / 2, width / 2 + r + r / 4, width / 2 - r / 2},
                new int[] {y, y, y - r, y - r}, 4);
        g.dispose();
        Path file = Files.createTempFile("plaza-" + (avatar ? "avatar" : "header"), ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void onAPhoneNothingOverflowsAndTheKeyboardReachesTheSkipLinkFirst() throws IOException {
        logIn();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base() + "/people");
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.card-title")));
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.cssSelector("button.nav-toggle")).isDisplayed()).isTrue();
            screenshot("people-phone");

            browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        } finally {
            browser.manage().window().setSize(Chromium.DESKTOP);
        }
    }

    private static void logIn() {
        chromium.logIn(DemoSeeder.DEMO_EMAIL, DemoSeeder.DEMO_PASSWORD);
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }

    private Person personWithSeveralIdentities() {
        return db.store().people().search(demo.id(), PersonFilter.ALL, PageRequest.first(200)).items().stream()
                .filter(p -> p.identityCount() >= 3 && !p.displayName().contains("Fernhill"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo community should have people with three linked accounts"));
    }

    private static void waitForCharts() {
        waitFor().until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return window.Chart !== undefined && Object.keys(Chart.instances).length > 0")));
        try {
            Thread.sleep(800); // let Chart.js finish its entry animation before the picture
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WebDriverWait waitFor() {
        return chromium.waitFor();
    }

    private static void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    private static String base() {
        return chromium.base();
    }
}
