package dev.plaza.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.Store;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.reports.Report;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Blocks of Plaza's actors by remote accounts, and reports (Flag) about Plaza's accounts and posts, through the inbox. */
class BlocksAndReportsInboxTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ActorUris PLAZA = ActorUris.of("https://plaza.test");
    private static RemoteServer social;
    private static RemoteActor moderation;
    private static Store store;
    private static long workspace;
    private static LocalActor brand;
    private static Inbox inbox;
    private static Publisher publisher;

    @BeforeAll
    static void start() {
        store = db.store();
        social = new RemoteServer("127.0.0.1");
        moderation = new RemoteActor(social, "moderation");
        workspace = db.newWorkspace().id();
        brand = new ActorProvisioner(store.localActors()).create(workspace, "brand", ActorKind.ORGANIZATION, "Brand", "");
        inbox = InboxSetup.create(store, PLAZA, GuardSettings.forLoopbackTests(), store.deliveries(), Clock.systemUTC());
        publisher = new Publisher(store, PLAZA, InboxSetup.remoteObjects(store, PLAZA, GuardSettings.forLoopbackTests(),
                Clock.systemUTC()), new WebFingerClient(new GuardedHttpClient(GuardSettings.forLoopbackTests())),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        social.close();
    }

    @Test
    void aBlockOfTheBrandEndsFollowsBothWaysStopsDeliveriesAndItsUndoIsRecorded() throws Exception {
        RemoteActor bob = new RemoteActor(social, "bob");
        store.follows().saveFollower(new Follow(brand.id(), bob.id, bob.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, bob.id + "#follow", Instant.now()));
        store.follows().saveFollowing(new Follow(brand.id(), bob.id, bob.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, PLAZA.actor("brand") + "#follows/bob", Instant.now()));
        store.follows().saveFollower(new Follow(brand.id(), "https://fine.example/users/ok", "https://fine.example/inbox",
                Optional.empty(), FollowState.ACCEPTED, "https://fine.example/follows/1", Instant.now()));
        ObjectNode block = bob.activity("Block", "/blocks/1").put("object", PLAZA.actor("brand"));

        InboxResponse response = toBrand(bob, block);

        assertThat(response.status()).as(response.message()).isEqualTo(202);
        assertThat(store.follows().followers(brand.id())).extracting(Follow::remoteActorUri).doesNotContain(bob.id);
        assertThat(store.follows().following(brand.id())).extracting(Follow::remoteActorUri).doesNotContain(bob.id);
        Activity recorded = store.activities().findByUri(workspace, social.url("/blocks/1")).orElseThrow();
        assertThat(recorded.kind()).isEqualTo(ActivityKind.BLOCK);
        assertThat(recorded.targetUri()).contains(PLAZA.actor("brand"));
        LocalPost post = publisher.publish(brand, Draft.publicPost("Spring service week"));
        assertThat(queued()).filteredOn(job -> job.activityId().startsWith(post.uri()))
                .extracting(job -> job.inbox().toString()).contains("https://fine.example/inbox")
                .doesNotContain(bob.id + "/inbox");

        ObjectNode undo = bob.activity("Undo", "/blocks/1/undo");
        undo.set("object", block.deepCopy().without("@context"));
        InboxResponse undone = toBrand(bob, undo);

        assertThat(undone.status()).as(undone.message()).isEqualTo(202);
        assertThat(takenBackAt(social.url("/blocks/1"))).as("the block is recorded as taken back").isPresent();
        assertThat(store.follows().followers(brand.id())).extracting(Follow::remoteActorUri).doesNotContain(bob.id);
    }

    @Test
    void aBlockOfAnAccountThatIsNotPlazasChangesNothing() {
        RemoteActor carol = new RemoteActor(social, "carol");
        store.follows().saveFollower(new Follow(brand.id(), carol.id, carol.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, carol.id + "#follow", Instant.now()));
        ObjectNode block = carol.activity("Block", "/blocks/other").put("object", social.url("/users/somebody"));

        assertThat(toBrand(carol, block).status()).isEqualTo(202);

        assertThat(store.follows().followers(brand.id())).extracting(Follow::remoteActorUri).contains(carol.id);
        assertThat(store.activities().findByUri(workspace, social.url("/blocks/other"))).isEmpty();
    }

    @Test
    void aFlagBecomesOneReportOfThePlazaAccountAndPostsItNamesHoweverOftenItArrives() {
        LocalPost post = publisher.publish(brand, Draft.publicPost("Buy our bikes"));
        ObjectNode flag = moderation.activity("Flag", "/flags/1")
                .put("content", "<p>Spam <b>links</b> in replies</p><script>alert(1)</script>");
        flag.putArray("object").add(PLAZA.actor("brand")).add(post.uri()).add(social.url("/notes/elsewhere"))
                .add(PLAZA.actor("brand") + "/statuses/987654");

        InboxResponse first = toBrand(moderation, flag);
        InboxResponse again = toShared(moderation, flag);

        assertThat(first.status()).as(first.message()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(reports()).filteredOn(r -> r.uri().equals(social.url("/flags/1"))).singleElement().satisfies(report -> {
            assertThat(report.reporterUri()).isEqualTo(moderation.id);
            assertThat(report.reporterHandle()).isEqualTo("@moderation@" + social.base().substring("http://".length()));
            assertThat(report.accounts()).containsExactly(PLAZA.actor("brand"));
            assertThat(report.posts()).as("only Plaza's own posts that exist").containsExactly(post.uri());
            assertThat(report.reason()).isEqualTo("Spam links in replies");
            assertThat(report.open()).isTrue();
        });
    }

    @Test
    void aFlagOfAPostOnTheSharedInboxReportsThePostAndItsAuthor() {
        LocalPost post = publisher.publish(brand, Draft.publicPost("Free bikes, click here"));
        ObjectNode flag = moderation.activity("Flag", "/flags/post-only").put("object", post.uri());

        assertThat(toShared(moderation, flag).status()).isEqualTo(202);

        assertThat(reports()).filteredOn(r -> r.uri().equals(social.url("/flags/post-only"))).singleElement()
                .satisfies(report -> {
                    assertThat(report.accounts()).containsExactly(PLAZA.actor("brand"));
                    assertThat(report.posts()).containsExactly(post.uri());
                    assertThat(report.reason()).isEmpty();
                });
    }

    @Test
    void aFlagNamingOnlyObjectsElsewhereIsKeptWithoutThem() {
        ObjectNode flag = moderation.activity("Flag", "/flags/elsewhere").put("content", "wrong inbox?");
        flag.putArray("object").add(social.url("/users/someone")).add(social.url("/notes/9"));

        assertThat(toBrand(moderation, flag).status()).isEqualTo(202);

        assertThat(reports()).filteredOn(r -> r.uri().equals(social.url("/flags/elsewhere"))).singleElement()
                .satisfies(report -> {
                    assertThat(report.accounts()).isEmpty();
                    assertThat(report.posts()).isEmpty();
                    assertThat(report.reason()).isEqualTo("wrong inbox?");
                });
    }

    private static List<Report> reports() {
        return store.reports().list(workspace, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private static List<DeliveryJob> queued() {
        return store.deliveryJobs().claim("reports-test", 100, Instant.now().plusSeconds(5), Duration.ofMinutes(1));
    }

    private static Optional<Instant> takenBackAt(String uri) throws Exception {
        try (Connection c = db.plazaStore().dataSource().getConnection();
                PreparedStatement query = c.prepareStatement("SELECT deleted_at FROM activity WHERE uri = ?")) {
            query.setString(1, uri);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("the activity %s is stored", uri).isTrue();
                return Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant);
            }
        }
    }

    private static InboxResponse toBrand(RemoteActor sender, ObjectNode activity) {
        return inbox.receive(new InboxDelivery(sender.signedPost(PLAZA.inbox("brand"), activity), Optional.of("brand")));
    }

    private static InboxResponse toShared(RemoteActor sender, ObjectNode activity) {
        return inbox.receive(new InboxDelivery(sender.signedPost(PLAZA.sharedInbox(), activity), Optional.empty()));
    }
}
