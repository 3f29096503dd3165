package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.team.Role;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Sent;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.federation.FederationSettings;
import dev.plaza.web.federation.LoopbackPlaza;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The unified inbox in the browser: a fediverse thread (with a real Fedify server), a Bluesky thread
 * and a feed thread side by side; the team filters them, assigns and ignores by keyboard, replies to
 * the fediverse question from its thread (delivered to the peer, in reply to its post), and sees a
 * new conversation arrive without reloading.
 */
class InboxBrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String EMAIL = "owner@inbox.example";
    private static final String PASSWORD = "pedals-and-chains";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LoopbackPlaza plaza;
    private static DeliveryWorker worker;
    private static FedifyPeer peer;
    private static Chromium chromium;
    private static long owner;

    @BeforeAll
    static void start() throws IOException {
        long workspace = db.newWorkspace().id();
        owner = db.store().team().add(workspace, EMAIL, "Robin (owner)", Role.OWNER, PASSWORD.toCharArray()).id();
        TestCa ca = TestCa.create();
        GuardSettings outbound = GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
        plaza = LoopbackPlaza.startHttps(db.store(), workspace, ca,
                uris -> FederationSettings.forLoopbackTests().withOutbound(outbound));
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), plaza.uris(),
                new GuardedHttpClient(outbound),
                DeliverySettings.DEFAULT.withIdlePoll(Duration.ofMillis(50)), Clock.systemUTC(), DeliveryListener.NONE)
                .start();
        peer = FedifyPeer.start(PeerOptions.defaults().withHttps(ca));
        chromium = Chromium.open(plaza.uris().base().toString());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {chromium, peer, worker, plaza}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @Test
    void theTeamTriagesThreePlatformsRepliesOnTheFediverseAndSeesANewConversationArriveLive() throws IOException {
        peer.follow(URI.create(plaza.uris().actor("brand")));
        peer.awaitReceived("Accept");
        LocalPost post = plaza.server().publisher().publish(plaza.brand(),
                Draft.publicPost("Repair café this Saturday at the library. Bring what is broken!"));
        awaitCreate(post.uri());
        Sent question = peer.post(Post.publicly("<p>Do you fix toasters too?</p>").replyingTo(URI.create(post.uri()))
                .mentioning(URI.create(plaza.uris().actor("brand"))));
        long fediverse = conversationOf(post.uri());
        awaitActivity(question.objectId().toString());
        long bluesky = conversationOf(ingest(Platform.BLUESKY, "at://did:plc:inboxsky/app.bsky.feed.post/1",
                "at://did:plc:inboxsky/app.bsky.feed.post/2", "Kettle descaling tips, anyone?", "Vinegar works."));
        long feed = conversationOf(ingest(Platform.RSS, "https://blog.inbox.example/posts/1",
                "https://blog.inbox.example/posts/1#comment-1", "Ten repair cafés to visit", "You forgot ours"));

        chromium.logIn(EMAIL, PASSWORD);
        chromium.driver().get(chromium.base() + "/conversations");
        assertThat(rowIds()).containsExactlyInAnyOrder(fediverse, bluesky, feed);

        new Select(chromium.driver().findElement(By.id("platform"))).selectByValue("bluesky");
        chromium.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        chromium.waitFor().until(ExpectedConditions.urlContains("platform=bluesky"));
        assertThat(rowIds()).containsExactly(bluesky);

        chromium.driver().get(chromium.base() + "/conversations");
        press("j".repeat(rowIds().indexOf(bluesky) + 1) + "a");
        chromium.waitFor().until(d -> assignee(bluesky).equals(Optional.of(owner)));
        press("?");
        assertThat(chromium.driver().findElement(By.id("shortcuts-help")).isDisplayed()).isTrue();
        press(Keys.ESCAPE.toString());
        int feedRow = rowIds().indexOf(feed);
        int at = rowIds().indexOf(bluesky);
        press((feedRow > at ? "j" : "k").repeat(Math.abs(feedRow - at)) + "i");
        chromium.waitFor().until(d -> status(feed) == ConversationStatus.IGNORED);
        chromium.screenshot("inbox");

        chromium.driver().get(chromium.base() + "/conversations/" + fediverse);
        press("r");
        assertThat(chromium.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("reply-text");
        chromium.driver().switchTo().activeElement().sendKeys("@" + peer.handle() + " Toasters too, yes: bring it along!");
        chromium.driver().findElement(By.cssSelector("form.reply-form button[type=submit]")).click();
        assertThat(chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok"))).getText())
                .contains("Replied as @brand on Fediverse");
        peer.awaitReceived(a -> a.path("type").asText().equals("Create")
                && a.path("activity").path("object").path("inReplyTo").asText().equals(question.objectId().toString()),
                "Create in reply to " + question.objectId(), WAIT);
        assertThat(status(fediverse)).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(chromium.driver().findElement(By.cssSelector("p.meta .status")).getText()).isEqualToIgnoringCase("answered");
        assertThat(chromium.driver().findElement(By.cssSelector("ol.thread")).getText()).contains("Toasters too, yes");
        chromium.screenshot("inbox-thread");

        chromium.driver().get(chromium.base() + "/conversations");
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation-list li")));
        long live = conversationOf(ingest(Platform.BLUESKY, "at://did:plc:inboxsky/app.bsky.feed.post/3",
                "at://did:plc:inboxsky/app.bsky.feed.post/4", "Does anyone mend jeans?", "The tailor on Main St."));
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("conversation-" + live)));
        assertThat(rowIds().getFirst()).isEqualTo(live);
    }

    /** Types on the page itself: nothing focused, as after a click on empty space (a click on the body's middle may land on a field). */
    private static void press(String keys) {
        ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeScript(
                "if (document.activeElement) { document.activeElement.blur(); }");
        new Actions(chromium.driver()).sendKeys(keys).perform();
    }

    private static List<Long> rowIds() {
        return chromium.driver().findElements(By.cssSelector("#conversation-list li[data-conversation-id]")).stream()
                .map((WebElement row) -> Long.parseLong(row.getAttribute("data-conversation-id"))).toList();
    }

    private static String ingest(Platform platform, String root, String reply, String text, String answer) {
        String stable = platform == Platform.BLUESKY ? "did:plc:inboxsky" : "https://blog.inbox.example/feed";
        SeenIdentity author = SeenIdentity.of(platform, stable, platform == Platform.BLUESKY ? "sky.inbox.test" : "blog.inbox.example",
                "Poster", Optional.empty());
        Instant now = Instant.now();
        db.store().ingest().ingest(plaza.workspaceId(), new IngestBatch(List.of(author), List.of(
                new IncomingActivity(root, ActivityKind.POST, author.key(), now, text, Optional.of("en"), Optional.empty(),
                        Optional.empty(), Optional.empty(), List.of(), Optional.empty()),
                new IncomingActivity(reply, ActivityKind.REPLY, author.key(), now.plusSeconds(1), answer, Optional.of("en"),
                        Optional.of(root), Optional.empty(), Optional.empty(), List.of(), Optional.empty())),
                Optional.empty()), Progress.NONE);
        return root;
    }

    private static long conversationOf(String uri) {
        return awaitActivity(uri).conversationId().orElseThrow(() -> new AssertionError(uri + " is in no conversation"));
    }

    private static dev.plaza.core.activity.Activity awaitActivity(String uri) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var found = db.store().activities().findByUri(plaza.workspaceId(), uri);
            if (found.isPresent() && found.get().conversationId().isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(uri + " was not recorded in a conversation");
    }

    private static Conversation conversation(long id) {
        return db.store().conversations().find(plaza.workspaceId(), id).orElseThrow();
    }

    private static Optional<Long> assignee(long id) {
        return conversation(id).assigneeId();
    }

    private static ConversationStatus status(long id) {
        return conversation(id).status();
    }

    private static void awaitCreate(String objectId) {
        peer.awaitReceived(a -> a.path("type").asText().equals("Create")
                && a.path("activity").path("object").path("id").asText().equals(objectId), "Create of " + objectId, WAIT);
    }
}
