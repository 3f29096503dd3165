package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.demo.DemoSeeder;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * People across platforms, channel status and connected Mastodon accounts in real headless Chromium:
 * a manager merges a suggested pair and sees how each channel goes. Takes the docs' screenshots.
 */
class PeopleAndChannelsBrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static WebServer server;
    private static Chromium chromium;
    private static ChromeDriver browser;
    private static Workspace demo;

    @BeforeAll
    static void start() throws IOException {
        demo = DemoSeeder.seed(db.store(), "localhost", Progress.NONE);
        server = new WebServer(db.store(), WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new ArchiveImports(db.store())).start();
        chromium = Chromium.open("http://127.0.0.1:" + server.port());
        browser = chromium.driver();
        chromium.logIn(DemoSeeder.DEMO_EMAIL, DemoSeeder.DEMO_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aManagerMergesASuggestedPairAndTheStrongOnesAreAlreadyOne() throws IOException {
        Store store = db.store();
        long w = demo.id();
        SeenIdentity martaFedi = fediverse("marta", "Marta Kowalska");
        SeenIdentity martaSky = bluesky("marta-k.bsky.social", "Marta Kowalska");
        SeenIdentity kostasFedi = fediverse("kostas", "Κώστας Παπαδόπουλος");
        SeenIdentity kostasSky = bluesky("kostas.bsky.social", "Κώστας Παπαδόπουλος");
        SeenIdentity junFedi = fediverse("jun", "山田 純");
        SeenIdentity junSky = bluesky("jun.example", "Jun Yamada");
        store.ingest().ingest(w, new IngestBatch(List.of(martaFedi, martaSky, kostasFedi, kostasSky, junFedi, junSky), List.of(),
                Optional.empty()), Progress.NONE);
        store.identityLinks().recordClaims(w, martaFedi.key(), List.of(ProfileClaim.of(ClaimKind.WEBSITE, "https://marta.example", false)));
        store.identityLinks().recordClaims(w, martaSky.key(), List.of(ProfileClaim.of(ClaimKind.WEBSITE, "https://marta.example/", false)));
        store.identityLinks().recordClaims(w, kostasFedi.key(), List.of());
        store.identityLinks().recordClaims(w, kostasSky.key(), List.of());
        store.identityLinks().recordClaims(w, junFedi.key(), List.of(ProfileClaim.of(ClaimKind.REL_ME, "https://jun.example", true)));
        store.identityLinks().recordClaims(w, junSky.key(), List.of(ProfileClaim.of(ClaimKind.DOMAIN_HANDLE, "jun.example", true)));
        assertThat(identity(w, junFedi).personId()).as("a proven domain handle links at once").isEqualTo(identity(w, junSky).personId());

        browser.get(chromium.base() + "/people/suggestions");
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("suggestions-form")));
        String page = browser.getPageSource();
        assertThat(page).contains("Marta Kowalska").contains("Κώστας Παπαδόπουλος").contains("https://marta.example");
        chromium.screenshot("people-suggestions");

        long marta = store.identityLinks().suggestionsFor(w, identity(w, martaFedi).personId()).getFirst().id();
        browser.findElement(By.id("suggestion-" + marta)).click();
        browser.findElement(By.cssSelector("button[formaction='/people/suggestions/merge']")).click();
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));

        assertThat(identity(w, martaFedi).personId()).isEqualTo(identity(w, martaSky).personId());
        assertThat(identity(w, kostasFedi).personId()).as("the other suggestion waits").isNotEqualTo(identity(w, kostasSky).personId());
    }

    @Test
    void aManagerSeesHowEachChannelGoesAndTheConnectedMastodonAccounts() throws IOException {
        Store store = db.store();
        long w = demo.id();
        Instant now = Instant.now();
        Channel feed = store.channels().add(w, Platform.RSS, "https://blog.citybikes.example/feed.xml", ChannelKind.LISTENING,
                Optional.empty());
        Channel relay = store.channels().add(w, Platform.BLUESKY, "wss://jetstream.citybikes.example/subscribe",
                ChannelKind.LISTENING, Optional.empty());
        store.channels().report(w, relay.id(), new ChannelStatus(ChannelState.LISTENING, Optional.of(now.minusSeconds(1)),
                Optional.of(Duration.ofMillis(800)), 182_344, Optional.empty(), Optional.empty(), now));
        store.channels().report(w, feed.id(), new ChannelStatus(ChannelState.WAITING, Optional.of(now.minusSeconds(5_400)),
                Optional.of(Duration.ofMinutes(90)), 57, Optional.of("HTTP 503 from blog.citybikes.example; trying again in 30 min"),
                Optional.of(now.minusSeconds(60)), now));
        MastodonAccount old = store.mastodonAccounts().connect(w, ChannelKind.OWNED, new MastodonAccount(0, w,
                "https://mastodon.example", "109", "citybikes@mastodon.example", "https://mastodon.example/users/citybikes",
                now.minusSeconds(86_400), Optional.empty()), "token");
        store.channels().report(w, old.channelId(), new ChannelStatus(ChannelState.LISTENING, Optional.of(now.minusSeconds(40)),
                Optional.of(Duration.ofSeconds(2)), 1_204, Optional.empty(), Optional.empty(), now));

        browser.get(chromium.base() + "/settings/channels");
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".channel-status")));
        assertThat(browser.getPageSource()).contains("182,344 read").contains("HTTP 503 from blog.citybikes.example");
        chromium.screenshot("channels-status");

        browser.findElement(By.cssSelector("form[action='/settings/channels/" + feed.id() + "/pause'] button")).click();
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        assertThat(store.channels().find(w, feed.id()).orElseThrow().paused()).isTrue();

        browser.get(chromium.base() + "/settings/mastodon");
        chromium.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.getPageSource()).contains("@citybikes@mastodon.example");
        chromium.screenshot("mastodon-settings");
    }

    private static SeenIdentity fediverse(String user, String name) {
        return SeenIdentity.of(Platform.FEDIVERSE, "https://social.example/users/" + user, "@" + user + "@social.example", name,
                Optional.of("https://social.example/@" + user));
    }

    private static SeenIdentity bluesky(String handle, String name) {
        return SeenIdentity.of(Platform.BLUESKY, "did:plc:" + handle.replace(".", "").replace("-", ""), handle, name,
                Optional.of("https://bsky.app/profile/" + handle));
    }

    private static Identity identity(long w, SeenIdentity seen) {
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            var page = db.store().people().identities(w, request);
            Optional<Identity> found = page.items().stream().filter(i -> i.stableId().equals(seen.stableId())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(() -> new AssertionError(seen.stableId() + " not stored")),
                    PageRequest.MAX_LIMIT);
        }
    }
}
