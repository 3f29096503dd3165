package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uploading an archive: the job runs in the background and its progress element is polled to the end. */
class ImportTest {

    private static final Pattern JOB = Pattern.compile("id=\"import-([0-9a-f]+)\"");

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "imports", false);
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
        manager.get("/settings/imports");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUploadIsImportedWhileTheProgressElementIsPolled() throws Exception {
        long before = db.store().activities().totals(community.workspace().id()).activities();

        HttpResponse<String> accepted = manager.upload("/settings/imports", "archive", "archive-1.zip",
                "posts:6".getBytes(StandardCharsets.UTF_8), true);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).contains("hx-trigger=\"every 500ms\"").contains("archive-1.zip");
        List<String> polls = poll(jobId(accepted.body()));
        assertThat(polls).anyMatch(p -> p.contains("<progress") && p.contains("Reading"));
        String last = polls.getLast();
        assertThat(last).contains("data-state=\"done\"").doesNotContain("hx-trigger")
                .contains("Imported 6 activities, 1 people, 0 conversations");
        assertThat(db.store().activities().totals(community.workspace().id()).activities()).isEqualTo(before + 6);
    }

    @Test
    void anArchiveTheImporterRefusesEndsWithItsMessage() throws Exception {
        HttpResponse<String> accepted = manager.upload("/settings/imports", "archive", "holiday-photos.zip",
                "not an archive".getBytes(StandardCharsets.UTF_8), true);

        String last = poll(jobId(accepted.body())).getLast();

        assertThat(last).contains("data-state=\"failed\"").contains("role=\"alert\"")
                .contains("The import failed:").contains("is not a Mastodon archive: it has no outbox.json");
    }

    @Test
    void aPlainFormUploadRedirectsToTheImportsPageThatListsTheJob() {
        HttpResponse<String> redirected = manager.upload("/settings/imports", "archive", "plain.zip",
                "posts:1".getBytes(StandardCharsets.UTF_8), false);

        assertThat(redirected.statusCode()).isEqualTo(303);
        assertThat(manager.get("/settings/imports").body()).contains("Importing plain.zip").contains("plain.zip");
    }

    @Test
    void anUploadWithoutAFileSaysWhatIsMissing() {
        HttpResponse<String> refused = manager.upload("/settings/imports", "archive", "empty.zip", new byte[0], true);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"").contains("Choose a Mastodon archive");
    }

    @Test
    void anotherWorkspaceCannotSeeTheJob() throws Exception {
        HttpResponse<String> accepted = manager.upload("/settings/imports", "archive", "mine.zip",
                "posts:1".getBytes(StandardCharsets.UTF_8), true);
        String job = jobId(accepted.body());
        Community other = Community.plant(db.store(), "imports-other", false);
        Browser stranger = other.browser(server, Role.OWNER);

        assertThat(stranger.get("/settings/imports/" + job).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/settings/imports").body()).doesNotContain("mine.zip");
        poll(job);
    }

    static String jobId(String html) {
        Matcher matcher = JOB.matcher(html);
        assertThat(matcher.find()).as("a job element in %s", html).isTrue();
        return matcher.group(1);
    }

    /** The last fragment of a job, polled as {@code browser} until it ends. */
    static String pollAs(Browser browser, String job) throws InterruptedException {
        return poll(browser, job).getLast();
    }

    private static List<String> poll(String job) throws InterruptedException {
        return poll(manager, job);
    }

    /** Polls like htmx does until the fragment stops asking to be polled; returns every fragment seen. */
    private static List<String> poll(Browser browser, String job) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> fragment = browser.htmx("/settings/imports/" + job, "import-" + job);
            assertThat(fragment.statusCode()).isEqualTo(200);
            seen.add(fragment.body());
            if (!fragment.body().contains("hx-trigger")) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish: " + seen.getLast());
    }
}
