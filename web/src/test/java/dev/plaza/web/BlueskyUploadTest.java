package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.channels.bluesky.BlueskyExport;
import dev.plaza.channels.bluesky.BlueskyImport;
import dev.plaza.core.activity.Totals;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.imports.ArchiveImporter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings → Imports with the channels module's real Bluesky reader behind it, into the real store. */
class BlueskyUploadTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "bluesky", false);
        ArchiveImporter importer = new ArchiveImporter() {
            @Override
            public IngestResult importMastodon(long workspaceId, Path file, Progress progress) {
                throw new IllegalStateException("this test uploads Bluesky repositories only");
            }

            @Override
            public String importBluesky(long workspaceId, Path file, Progress progress) {
                BlueskyExport export = BlueskyImport.read(file, progress);
                return export.summary(db.store().ingest().ingest(workspaceId, export.batch(), progress));
            }
        };
        server = TestServers.start(db.store(), WebSettings.forTests(), importer);
        manager = community.browser(server, Role.MANAGER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theImportsPageOffersABlueskyUpload() {
        String page = manager.get("/settings/imports").body();

        assertThat(page).contains("Import a Bluesky repository").contains("<label for=\"repository\">")
                .contains("id=\"repository\" name=\"repository\" type=\"file\" required accept=\".car");
    }

    @Test
    void aRepositoryExportIsImportedThreadedAndSummarisedAndASecondUploadAddsNothing() throws Exception {
        long workspace = community.workspace().id();
        manager.get("/settings/imports");

        HttpResponse<String> accepted = manager.upload("/settings/imports", "repository", "brand.car", RepositoryCar.sample(), true);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String last = ImportTest.pollAs(manager, ImportTest.jobId(accepted.body()));

        assertThat(last).contains("data-state=\"done\"").contains("Imported 4 activities, 2 people, 1 conversations; "
                + "skipped 1 record of other kinds (app.bsky.graph.block)");
        var post = db.store().activities().findByUri(workspace, RepositoryCar.POST).orElseThrow();
        var reply = db.store().activities().findByUri(workspace, RepositoryCar.REPLY).orElseThrow();
        assertThat(reply.conversationId()).isPresent().isEqualTo(post.conversationId());
        Totals afterFirst = db.store().activities().totals(workspace);

        HttpResponse<String> again = manager.upload("/settings/imports", "repository", "brand.car", RepositoryCar.sample(), true);
        assertThat(ImportTest.pollAs(manager, ImportTest.jobId(again.body()))).contains("Imported 0 activities, 0 people, 0 conversations");
        assertThat(db.store().activities().totals(workspace)).isEqualTo(afterFirst);
    }

    @Test
    void aCarFileUploadedAsAnArchiveIsReadAsARepository() throws Exception {
        Community other = Community.plant(db.store(), "bluesky-archive-field", false);
        Browser browser = other.browser(server, Role.MANAGER);
        browser.get("/settings/imports");

        HttpResponse<String> accepted = browser.upload("/settings/imports", "archive", "repo.car", RepositoryCar.sample(), true);

        assertThat(ImportTest.pollAs(browser, ImportTest.jobId(accepted.body()))).contains("data-state=\"done\"")
                .contains("Imported 4 activities");
    }

    @Test
    void aDamagedExportIsRefusedWithTheReadersMessageAndWritesNothing() throws Exception {
        Community other = Community.plant(db.store(), "bluesky-damaged", false);
        Browser browser = other.browser(server, Role.MANAGER);
        browser.get("/settings/imports");
        byte[] car = RepositoryCar.sample();
        byte[] damaged = Arrays.copyOf(car, car.length);
        damaged[car.length - 10] ^= 0x01;
        Totals before = db.store().activities().totals(other.workspace().id());

        HttpResponse<String> accepted = browser.upload("/settings/imports", "repository", "damaged.car", damaged, true);

        assertThat(ImportTest.pollAs(browser, ImportTest.jobId(accepted.body()))).contains("data-state=\"failed\"")
                .contains("damaged.car is not a usable Bluesky repository export: CAR refused in the section at byte");
        assertThat(db.store().activities().totals(other.workspace().id())).isEqualTo(before);
    }
}
