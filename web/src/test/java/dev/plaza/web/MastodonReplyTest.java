package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.channels.mastodon.api.FakeMastodon;
import dev.plaza.channels.mastodon.api.Fixtures;
import dev.plaza.channels.mastodon.api.MastodonContract;
import dev.plaza.channels.mastodon.api.TestClock;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.federation.FederationSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reply to a post that mentions a connected Mastodon account goes out from that account, through its instance's API. */
class MastodonReplyTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static FakeMastodon fake;
    static WebServer server;
    static Community community;
    static Browser manager;

    @BeforeAll
    static void start() {
        fake = new FakeMastodon(new TestClock(Instant.parse("2026-12-01T12:00:00Z")), MastodonContract.load());
        community = Community.plant(db.store(), "mastodon-reply", false);
        server = TestServers.start(db.store(), FederationSettings.forLoopbackTests());
        manager = community.browser(server, Role.MANAGER);
        new ActorProvisioner(db.store().localActors()).ensure(community.workspace().id(), "reply_brand",
                ActorKind.ORGANIZATION, "Brand", "");
    }

    @AfterAll
    static void stop() {
        TestServers.closeAll(server, fake);
    }

    @AfterEach
    void everythingExchangedWithTheInstanceConformsToTheContract() {
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void aMentionOfTheBrandsMastodonAccountIsAnsweredFromItOnTheRightStatus() {
        long w = community.workspace().id();
        MastodonAccount account = connect(ChannelKind.OWNED, Optional.empty());
        long conversation = heard("601", "@plaza is the shop open on Sunday?");

        manager.get("/conversations/" + conversation);
        assertThat(manager.post("/conversations/" + conversation + "/reply", Map.of("text", "Yes, 10 to 4!")).statusCode())
                .isEqualTo(303);

        List<FakeMastodon.Received> posted = fake.received("/api/v1/statuses");
        assertThat(posted).singleElement().satisfies(request -> {
            assertThat(request.body()).contains("\"in_reply_to_id\":\"601\"").contains("Yes, 10 to 4!");
            assertThat(request.header("Idempotency-Key")).isPresent();
        });
        assertThat(manager.get("/conversations/" + conversation).body()).contains("Replied as " + account.handle());
        assertThat(db.store().conversations().find(w, conversation).orElseThrow().status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(db.store().conversations().thread(w, conversation)).last().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Yes, 10 to 4!");
            assertThat(reply.inReplyToUri()).contains(alice().path("uri").asText() + "/statuses/601");
            assertThat(reply.channelId()).contains(account.channelId());
        });
    }

    @Test
    void aTeamMembersPersonalAccountAnswersOnlyForThatMember() {
        long w = community.workspace().id();
        long someoneElse = db.store().team().add(w, "other-" + System.nanoTime() + "@brand.example", "Other", Role.MANAGER,
                "a long enough password".toCharArray()).id();
        connect(ChannelKind.PERSONAL, Optional.of(someoneElse));
        long conversation = heard("602", "@plaza do you fix brakes?");
        int before = fake.received("/api/v1/statuses").size();

        manager.get("/conversations/" + conversation);
        assertThat(manager.post("/conversations/" + conversation + "/reply", Map.of("text", "We do.")).statusCode())
                .isEqualTo(303);

        assertThat(fake.received("/api/v1/statuses")).as("not sent as someone else's account").hasSize(before);
        assertThat(manager.get("/conversations/" + conversation).body()).doesNotContain("Replied as @plaza@127.0.0.1")
                .as("the brand's own actor answers instead, and first fetches the post it answers")
                .contains("could not fetch the post " + alice().path("uri").asText() + "/statuses/602");
    }

    private MastodonAccount connect(ChannelKind kind, Optional<Long> by) {
        long w = community.workspace().id();
        return db.store().mastodonAccounts().connect(w, kind, new MastodonAccount(0, w, fake.origin(), "1",
                "plaza@127.0.0.1", fake.brand().path("uri").asText(), Instant.now(), Optional.empty(), by), FakeMastodon.TOKEN);
    }

    private static ObjectNode alice() {
        return Fixtures.account("9", "alice", "alice.example");
    }

    /** Alice's status mentioning the brand's account, as the instance holds it and as Plaza heard it. */
    private long heard(String id, String text) {
        long w = community.workspace().id();
        ObjectNode status = Fixtures.mentioning(Fixtures.status(id, alice(), "<p>" + text + "</p>"), fake.brand());
        fake.timeline(status);
        SeenIdentity author = SeenIdentity.of(Platform.FEDIVERSE, alice().path("uri").asText(), "@alice@alice.example",
                "Alice", Optional.empty());
        SeenIdentity brand = SeenIdentity.of(Platform.FEDIVERSE, fake.brand().path("uri").asText(), "@plaza@127.0.0.1",
                "Plaza", Optional.empty());
        String uri = status.path("uri").asText();
        db.store().ingest().ingest(w, new IngestBatch(List.of(author, brand), List.of(new IncomingActivity(uri,
                ActivityKind.MENTION, author.key(), Fixtures.EPOCH, text, Optional.of("en"), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(brand.key()), Optional.empty())), Optional.empty()), Progress.NONE);
        return db.store().activities().findByUri(w, uri).orElseThrow().conversationId().orElseThrow();
    }
}
