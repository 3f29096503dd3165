package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.moving.ExportedRepo;
import dev.plaza.atproto.moving.RepoExport;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository the reference PDS exports (com.atproto.sync.getRepo) imports into Plaza as Bluesky's
 * own "Export my data" file does: posts, a reply, a like, a repost and a follow become the brand's
 * activities, once however often the file is imported.
 */
class BlueskyExportImportPeerTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String POST = "app.bsky.feed.post";

    private static AtprotoPeer peer;
    private static GuardedHttpClient http;
    private static XrpcClient pds;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        pds = new XrpcClient(http, peer.pdsUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {http, peer}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @Test
    void theRepositoryThePdsExportsImportsIntoPlazaOnce() {
        PeerAccount brand = PeerAccount.create(pds, "export-brand.test");
        PeerAccount alice = PeerAccount.create(pds, "export-alice.test");
        JsonNode theirs = PeerRecords.create(pds, alice, POST, PeerRecords.post("A post of Alice's"));
        JsonNode mine = PeerRecords.create(pds, brand, POST, PeerRecords.post("Workshop on Saturday"));
        PeerRecords.create(pds, brand, POST, PeerRecords.post("Thanks, Alice!", theirs, theirs));
        PeerRecords.create(pds, brand, "app.bsky.feed.like", PeerRecords.subject(theirs));
        PeerRecords.create(pds, brand, "app.bsky.feed.repost", PeerRecords.subject(theirs));
        PeerRecords.create(pds, brand, "app.bsky.graph.follow", PeerRecords.follow(alice.did().value()));

        RepoExport export = new RepoExport(http, new IdentityResolver(http,
                IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl()), Clock.systemUTC()));
        Path car = dir.resolve("export-brand.car");
        ExportedRepo exported = export.toFile(brand.did(), car, 10L << 20, bytes -> { });
        long workspace = db.newWorkspace().id();
        BlueskyRepositoryImporter importer = new BlueskyRepositoryImporter(db.store());

        BlueskyRepositoryImporter.Imported first = importer.importRepository(workspace, car, Progress.NONE);
        BlueskyRepositoryImporter.Imported again = importer.importRepository(workspace, car, Progress.NONE);

        assertThat(exported.records()).isGreaterThanOrEqualTo(5);
        assertThat(first.stored().activities()).isEqualTo(5);
        assertThat(again.stored().activities()).isZero();
        List<Activity> activities = db.store().activities().list(workspace, ActivityFilter.ALL, PageRequest.first(10)).items();
        assertThat(activities).extracting(Activity::kind).containsExactlyInAnyOrder(ActivityKind.POST, ActivityKind.REPLY,
                ActivityKind.LIKE, ActivityKind.REPOST, ActivityKind.FOLLOW);
        assertThat(activities).filteredOn(a -> a.kind() == ActivityKind.POST).singleElement()
                .satisfies(a -> assertThat(a.uri()).isEqualTo(mine.path("uri").asText()));
        assertThat(activities).filteredOn(a -> a.kind() != ActivityKind.POST && a.kind() != ActivityKind.FOLLOW)
                .allSatisfy(a -> assertThat(a.inReplyToUri().or(a::targetUri)).hasValue(theirs.path("uri").asText()));
    }
}
