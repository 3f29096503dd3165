package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.ReplyTo;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.team.Role;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.federation.FederationSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reply from a Bluesky conversation's thread, sent as the connected account on the reference PDS. */
class InboxBlueskyReplyPeerTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static AtprotoPeer peer;
    static GuardedHttpClient http;
    static XrpcClient pds;
    static WebServer server;
    static Community community;
    static PeerAccount brand;
    static PeerAccount alice;
    static Browser manager;

    @BeforeAll
    static void start() {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        pds = new XrpcClient(http, peer.pdsUrl());
        brand = PeerAccount.create(pds, "inboxbrand.test");
        alice = PeerAccount.create(pds, "inboxalice.test");
        community = Community.plant(db.store(), "skyinbox", false);
        server = TestServers.start(db.store(), FederationSettings.forLoopbackTests());
        manager = community.browser(server, Role.MANAGER);
    }

    @AfterAll
    static void stop() {
        TestServers.closeAll(server, http, peer);
    }

    @Test
    void theReplyIsThreadedToTheChosenPostKeptInTheThreadAndTheConversationIsAnswered() {
        manager.get("/settings/bluesky");
        assertThat(manager.post("/settings/bluesky", Map.of("identifier", brand.handle(), "app_password", brand.appPassword(),
                "pds_url", peer.pdsUrl().toString())).statusCode()).isEqualTo(303);
        BskyAccount alices = BskyAccount.of(AppPasswordSession.login(pds, AppPassword.of(alice.handle(), alice.appPassword()),
                new InMemorySessionStore(), SessionOptions.DEFAULT));
        StrongRef root = alices.post(PostDraft.of("Who fixes e-bikes around here?"));
        StrongRef again = alices.post(PostDraft.of("Anyone?").replyingTo(new ReplyTo(root, root)));
        long w = community.workspace().id();
        SeenIdentity author = SeenIdentity.of(Platform.BLUESKY, alice.did().value(), alice.handle(), "Alice", Optional.empty());
        Instant now = Instant.now().minusSeconds(60);
        db.store().ingest().ingest(w, new IngestBatch(List.of(author), List.of(
                new IncomingActivity(root.uri().toString(), ActivityKind.POST, author.key(), now, "Who fixes e-bikes around here?",
                        Optional.of("en"), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()),
                new IncomingActivity(again.uri().toString(), ActivityKind.REPLY, author.key(), now.plusSeconds(1), "Anyone?",
                        Optional.of("en"), Optional.of(root.uri().toString()), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty())), Optional.empty()), Progress.NONE);
        Activity last = db.store().activities().findByUri(w, again.uri().toString()).orElseThrow();
        long conversation = last.conversationId().orElseThrow();

        manager.get("/conversations/" + conversation);
        assertThat(manager.post("/conversations/" + conversation + "/reply", Map.of("text", "We do, on Tuesdays!"))
                .statusCode()).isEqualTo(303);

        assertThat(manager.get("/conversations/" + conversation).body())
                .contains("Replied as @" + brand.handle() + " on Bluesky").contains("We do, on Tuesdays!");
        List<Activity> thread = db.store().conversations().thread(w, conversation);
        assertThat(thread).hasSize(3);
        Activity sent = thread.getLast();
        assertThat(sent.inReplyToUri()).contains(again.uri().toString());
        JsonNode reply = PeerRecords.getRecord(pds, AtUri.parse(sent.uri())).path("value").path("reply");
        assertThat(reply.path("parent").path("uri").asText()).isEqualTo(again.uri().toString());
        assertThat(reply.path("root").path("uri").asText()).isEqualTo(root.uri().toString());
        assertThat(db.store().conversations().find(w, conversation).orElseThrow().status()).isEqualTo(ConversationStatus.ANSWERED);
    }
}
