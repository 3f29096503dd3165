package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.core.team.Role;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The brand's fediverse presence in the browser, against a real Fedify server (both over HTTPS with
 * a test CA, since handles are looked up over HTTPS only): alice follows the brand and answers its
 * post, the brand answers her, and the owner reads the thread on its conversation page; the owner
 * adds alice's account as an alias under Settings → Moving.
 */
class FederatedThreadBrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String EMAIL = "owner@fernhill.example";
    private static final String PASSWORD = "pedals-and-chains";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LoopbackPlaza plaza;
    private static DeliveryWorker worker;
    private static FedifyPeer peer;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws IOException {
        long workspace = db.newWorkspace().id();
        db.store().team().add(workspace, EMAIL, "Robin (owner)", Role.OWNER, PASSWORD.toCharArray());
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
    void aFediverseReplyAndTheBrandsAnswerReadAsOneThreadOnTheConversationPage() throws IOException {
        peer.follow(URI.create(plaza.uris().actor("brand")));
        peer.awaitReceived("Accept");
        Publisher publisher = plaza.server().publisher();
        LocalActor brand = plaza.brand();
        LocalPost post = publisher.publish(brand, Draft.publicPost(
                "Spring service week starts Monday: bring your bike in for a free check-up. Which part wears out first on yours? #bikes"));
        awaitCreate(post.uri());
        Sent reply = peer.post(Post.publicly("<p>The chain, every single spring. Is a new one part of the check-up?</p>")
                .replyingTo(URI.create(post.uri())));
        LocalPost answer = publisher.publish(brand, new Draft("@" + peer.handle()
                + " A new chain is not included, but we fit one for free if you buy it during service week.",
                Optional.empty(), Optional.of("en"), Visibility.PUBLIC, Optional.of(reply.objectId().toString()),
                Optional.empty()));
        awaitCreate(answer.uri());
        peer.post(Post.publicly("<p>Deal, see you Monday!</p>").replyingTo(URI.create(answer.uri())));

        long conversation = activity(post.uri()).conversationId().orElseThrow();
        assertThat(activity(reply.objectId().toString()).conversationId()).contains(conversation);
        chromium.logIn(EMAIL, PASSWORD);
        chromium.driver().get(chromium.base() + "/conversations/" + conversation);

        List<WebElement> shown = chromium.waitFor().until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("ol.thread > li")));
        assertThat(shown).hasSize(4);
        assertThat(shown.get(0).getText()).contains("Spring service week starts Monday");
        WebElement alices = shown.get(1);
        assertThat(alices.findElement(By.cssSelector(".badge.platform-fediverse")).getText()).isEqualTo("Fediverse");
        assertThat(alices.findElement(By.cssSelector(".handle")).getText()).contains(peer.handle());
        assertThat(alices.findElement(By.cssSelector(".activity-text")).getText())
                .isEqualTo("The chain, every single spring. Is a new one part of the check-up?");
        assertThat(shown.get(2).getText()).contains("we fit one for free");
        assertThat(shown.get(3).getText()).contains("Deal, see you Monday!").contains(peer.handle());
        chromium.screenshot("federated-thread");
    }

    @Test
    void anOwnerAddsAFediverseAccountAsAnAliasUnderSettingsMoving() throws IOException {
        chromium.logIn(EMAIL, PASSWORD);
        chromium.driver().get(chromium.base() + "/settings/moving");
        chromium.driver().findElement(By.id("account")).sendKeys("@" + peer.handle());
        chromium.driver().findElement(By.id("account")).submit();

        assertThat(chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok")))
                .getText()).contains("Added " + peer.actorUri() + " as an alias");
        assertThat(chromium.driver().findElement(By.cssSelector("ul.aliases")).getText())
                .contains(peer.handle()).contains(peer.actorUri().toString());
        assertThat(chromium.driver().findElement(By.id("old_account")).getText()).contains(peer.handle());
        chromium.screenshot("moving");
    }

    @Test
    void anOwnerFollowsAFediverseAccountByHandleUnderSettingsFediverse() throws IOException {
        peer.follow(URI.create(plaza.uris().actor("brand")));
        peer.awaitReceived("Accept");
        chromium.logIn(EMAIL, PASSWORD);
        chromium.driver().get(chromium.base() + "/settings/fediverse");
        chromium.driver().findElement(By.id("account")).sendKeys("@" + peer.handle());
        chromium.driver().findElement(By.id("account")).submit();
        assertThat(chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok")))
                .getText()).contains("Asked to follow");

        // The peer's server answers with an Accept through Plaza's inbox: the page shows it once reloaded.
        chromium.waitFor().until(driver -> {
            driver.get(chromium.base() + "/settings/fediverse");
            return driver.findElement(By.id("following-heading")).findElement(By.xpath("..")).getText().contains("accepted");
        });
        WebElement page = chromium.driver().findElement(By.tagName("main"));
        assertThat(page.findElement(By.id("following-heading")).findElement(By.xpath("..")).getText())
                .contains(peer.handle()).contains("accepted");
        assertThat(page.findElement(By.id("followers-heading")).findElement(By.xpath("..")).getText())
                .contains(peer.handle());
        chromium.screenshot("fediverse");
    }

    private static void awaitCreate(String objectId) {
        peer.awaitReceived(a -> a.path("type").asText().equals("Create")
                && a.path("activity").path("object").path("id").asText().equals(objectId), "Create of " + objectId, WAIT);
    }

    private static Activity activity(String uri) {
        return db.store().activities().findByUri(plaza.workspaceId(), uri).orElseThrow(
                () -> new AssertionError(uri + " was not recorded as an activity"));
    }
}
