package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.store.testing.Batches;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replying from a conversation's thread: on its own platform, from the right account, or a clear refusal. */
class InboxReplyTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;
    static LocalActor brand;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "reply", false);
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
        brand = new ActorProvisioner(db.store().localActors()).ensure(community.workspace().id(), "reply_brand",
                ActorKind.ORGANIZATION, "Brand of reply", "");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFediverseReplyIsPublishedAsTheBrandInReplyToTheChosenPostKeptInTheThreadAndMarksItAnswered() {
        long w = community.workspace().id();
        LocalPost announcement = server.publisher().publish(brand, Draft.publicPost("Repair café on Saturday"));
        SeenIdentity ada = Batches.account("ada", "reply.social.test");
        db.store().ingest().ingest(w, new IngestBatch(List.of(ada), List.of(Batches.reply(
                "https://reply.social.test/users/ada/statuses/77", ada, Instant.now(), "What time does it open?",
                announcement.uri())), Optional.empty()), Progress.NONE);
        long conversation = db.store().activities().findByUri(w, announcement.uri()).orElseThrow().conversationId().orElseThrow();
        long root = db.store().activities().findByUri(w, announcement.uri()).orElseThrow().id();

        manager.get("/conversations/" + conversation);
        assertThat(manager.post("/conversations/" + conversation + "/reply",
                Map.of("text", "From 10 to 4!", "target", Long.toString(root))).statusCode()).isEqualTo(303);

        String thread = manager.get("/conversations/" + conversation).body();
        assertThat(thread).contains("Replied as @reply_brand on Fediverse").contains("From 10 to 4!");
        assertThat(db.store().conversations().find(w, conversation).orElseThrow().status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(db.store().conversations().thread(w, conversation)).last()
                .satisfies(a -> {
                    assertThat(a.text()).contains("From 10 to 4!");
                    assertThat(a.inReplyToUri()).contains(announcement.uri());
                });
    }

    @Test
    void aFeedConversationSaysThatPlazaCannotReplyThere() {
        long w = community.workspace().id();
        SeenIdentity blog = SeenIdentity.of(Platform.RSS, "https://blog.example/feed", "blog.example", "A blog", Optional.empty());
        SeenIdentity reader = SeenIdentity.of(Platform.RSS, "https://blog.example/feed#reader", "reader", "Reader", Optional.empty());
        db.store().ingest().ingest(w, new IngestBatch(List.of(blog, reader), List.of(
                feed("https://blog.example/posts/1", blog, Optional.empty(), "Our favourite repair shops"),
                feed("https://blog.example/posts/1#c1", reader, Optional.of("https://blog.example/posts/1"), "Any in Leeds?")),
                Optional.empty()), Progress.NONE);
        long conversation = db.store().activities().findByUri(w, "https://blog.example/posts/1").orElseThrow()
                .conversationId().orElseThrow();

        assertThat(manager.get("/conversations/" + conversation).body())
                .contains("Plaza cannot reply on RSS: answer there, then mark the conversation answered.")
                .doesNotContain("Send reply");
        manager.post("/conversations/" + conversation + "/reply", Map.of("text", "Yes!"));
        assertThat(manager.get("/conversations/" + conversation).body()).contains("Plaza cannot reply on RSS");
        assertThat(db.store().conversations().find(w, conversation).orElseThrow().status()).isEqualTo(ConversationStatus.OPEN);
    }

    @Test
    void aBlueskyReplyNeedsAConnectedAccount() {
        long w = community.workspace().id();
        SeenIdentity sky = SeenIdentity.of(Platform.BLUESKY, "did:plc:replysky", "sky.reply.test", "Sky", Optional.empty());
        SeenIdentity other = SeenIdentity.of(Platform.BLUESKY, "did:plc:replyother", "other.reply.test", "Other", Optional.empty());
        String root = "at://did:plc:replysky/app.bsky.feed.post/1";
        db.store().ingest().ingest(w, new IngestBatch(List.of(sky, other), List.of(
                new IncomingActivity(root, ActivityKind.POST, sky.key(), Instant.now(), "Where to fix a kettle?", Optional.of("en"),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()),
                new IncomingActivity("at://did:plc:replyother/app.bsky.feed.post/2", ActivityKind.REPLY, other.key(), Instant.now(),
                        "same question", Optional.of("en"), Optional.of(root), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty())), Optional.empty()), Progress.NONE);
        long conversation = db.store().activities().findByUri(w, root).orElseThrow().conversationId().orElseThrow();

        manager.get("/conversations/" + conversation);
        manager.post("/conversations/" + conversation + "/reply", Map.of("text", "At the repair café."));

        assertThat(manager.get("/conversations/" + conversation).body()).contains("No Bluesky account is connected");
        assertThat(db.store().conversations().find(w, conversation).orElseThrow().status()).isEqualTo(ConversationStatus.OPEN);
    }

    private static IncomingActivity feed(String uri, SeenIdentity author, Optional<String> parent, String text) {
        return new IncomingActivity(uri, parent.isPresent() ? ActivityKind.REPLY : ActivityKind.POST, author.key(), Instant.now(),
                text, Optional.of("en"), parent, Optional.empty(), Optional.of(uri), List.of(), Optional.empty());
    }
}
