package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.core.team.Role;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.WebServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner moves the brand's Bluesky account between two reference PDSs in the browser: the form, the
 * steps ticking by while the page polls, the emailed code pasted when the move asks for it, and done.
 */
class BlueskyMoveBrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String EMAIL = "owner@fernhill.example";
    private static final String PASSWORD = "pedals-and-chains";
    private static final Duration STEPS = Duration.ofSeconds(60);

    private static AtprotoPeer peer;
    private static GuardedHttpClient http;
    private static PeerAccount account;
    private static WebServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws IOException {
        peer = AtprotoPeer.start(2);
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        XrpcClient pds = new XrpcClient(http, peer.pdsUrl(0));
        account = PeerAccount.create(pds, "fernhill.test");
        BskyAccount brand = BskyAccount.of(AppPasswordSession.login(pds, AppPassword.of(account.handle(), account.appPassword()),
                new InMemorySessionStore(), SessionOptions.DEFAULT));
        brand.post(PostDraft.of("Spring service week starts Monday: bring your bike for a free check-up."));
        brand.post(PostDraft.of("The café is open on Saturdays from 9."));
        long workspace = db.newWorkspace().id();
        db.store().team().add(workspace, EMAIL, "Robin (owner)", Role.OWNER, PASSWORD.toCharArray());
        server = BrowserServers.start(db.store(), IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl()));
        chromium = Chromium.open("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserServers.closeAll(chromium, server, http, peer);
    }

    @Test
    void theOwnerMovesTheBrandsAccountStepByStepAndPastesTheEmailedCode() throws IOException {
        chromium.logIn(EMAIL, PASSWORD);
        chromium.connectBluesky(account.handle(), account.appPassword(), peer.pdsUrl(0).toString());

        chromium.driver().findElement(By.linkText("Move to another server")).click();
        chromium.driver().findElement(By.id("new_pds_url")).sendKeys(peer.pdsUrl(1).toString());
        chromium.driver().findElement(By.id("email")).sendKeys("social@fernhill.example");
        chromium.driver().findElement(By.id("account_password")).sendKeys(PeerAccount.PASSWORD);
        chromium.driver().findElement(By.id("new_password")).sendKeys("a new password on the new server");
        chromium.driver().findElement(By.cssSelector("form[action='/settings/bluesky/move'] button[type=submit]")).click();

        steps().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bluesky-move-progress[data-state='awaiting-token']")));
        assertThat(chromium.driver().findElement(By.cssSelector(".move-step-waiting-for-the-code")).getText())
                .contains("Point the identity at the new server");
        assertThat(chromium.driver().findElements(By.cssSelector(".move-step-done"))).hasSize(6);
        ((JavascriptExecutor) chromium.driver()).executeScript("document.getElementById('move-progress-heading').scrollIntoView()");
        chromium.screenshot("bluesky-move");

        String token = peer.awaitMail(mail -> mail.template().equals("plcOperation") && mail.to().equals("fernhill-test@example.com"),
                "the PLC operation mail", STEPS).token();
        chromium.driver().findElement(By.id("token")).sendKeys(token);
        chromium.driver().findElement(By.cssSelector("form[action='/settings/bluesky/move/token'] button[type=submit]")).click();

        steps().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bluesky-move-progress[data-state='complete']")));
        assertThat(chromium.driver().findElements(By.cssSelector(".move-step-done"))).hasSize(10);
        assertThat(chromium.driver().findElement(By.cssSelector("#bluesky-move-progress .job-summary")).getText())
                .contains("Moved.").contains(peer.pdsUrl(1).toString());
    }

    private static WebDriverWait steps() {
        return new WebDriverWait(chromium.driver(), STEPS);
    }
}
