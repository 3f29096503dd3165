package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.WebServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The brand on both networks in the browser: the owner connects its account on the reference PDS
 * under Settings → Bluesky, then writes one post for the fediverse and Bluesky on the Publish page,
 * watching both length limits as it types.
 */
class BlueskyComposeBrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String EMAIL = "owner@fernhill.example";
    private static final String PASSWORD = "pedals-and-chains";

    private static AtprotoPeer peer;
    private static GuardedHttpClient http;
    private static PeerAccount account;
    private static WebServer server;
    private static Chromium chromium;
    private static long workspace;

    @BeforeAll
    static void start() throws IOException {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        account = PeerAccount.create(new XrpcClient(http, peer.pdsUrl()), "fernhill.test");
        workspace = db.newWorkspace().id();
        db.store().team().add(workspace, EMAIL, "Robin (owner)", Role.OWNER, PASSWORD.toCharArray());
        new ActorProvisioner(db.store().localActors()).create(workspace, "fernhill", ActorKind.ORGANIZATION,
                "Fernhill Bikes", "");
        server = BrowserServers.start(db.store(), IdentitySettings.DEFAULT);
        chromium = Chromium.open("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserServers.closeAll(chromium, server, http, peer);
    }

    @Test
    void theOwnerConnectsBlueskyAndWritesOnePostForBothNetworks() throws IOException {
        chromium.logIn(EMAIL, PASSWORD);
        assertThat(chromium.connectBluesky(account.handle(), account.appPassword(), peer.pdsUrl().toString()).getText())
                .contains("Connected @fernhill.test");
        assertThat(chromium.driver().findElement(By.cssSelector("dl.bluesky-account")).getText())
                .contains("@fernhill.test").contains(account.did().value()).contains("healthy");
        chromium.screenshot("bluesky-settings");

        chromium.driver().get(chromium.base() + "/publish");
        WebElement fediverse = chromium.driver().findElement(By.id("network_fediverse"));
        WebElement bluesky = chromium.driver().findElement(By.id("network_bluesky"));
        assertThat(fediverse.isSelected()).isTrue();
        assertThat(bluesky.isSelected()).isTrue();
        String text = "Spring service week starts Monday: bring your bike for a free check-up, the café is open too. https://fernhill.example/service #bikes";
        chromium.driver().findElement(By.id("text")).sendKeys(text);
        WebElement count = chromium.driver().findElement(By.id("text-count"));
        assertThat(count.getText()).isEqualTo("Fediverse: %d / 5000 · Bluesky: %d / 300"
                .formatted(text.codePointCount(0, text.length()), text.codePointCount(0, text.length())));
        chromium.screenshot("compose-both-networks");

        bluesky.click();
        assertThat(count.getText()).doesNotContain("Bluesky");
        bluesky.click();
        chromium.driver().findElement(By.cssSelector("form.compose-form button[type=submit]")).click();

        assertThat(chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok")))
                .getText()).isEqualTo("Published on the fediverse (on its way to your followers) and on Bluesky.");
        BlueskyPost sent = db.store().blueskyAccounts().posts(workspace, 1).getFirst();
        assertThat(PeerRecords.getRecord(new XrpcClient(http, peer.pdsUrl()), AtUri.parse(sent.uri())).path("value").path("text").asText()).isEqualTo(text);
        assertThat(chromium.driver().findElement(By.id("bluesky-post-" + sent.id())).getText())
                .contains("Spring service week").contains("on bsky.app");
    }
}
