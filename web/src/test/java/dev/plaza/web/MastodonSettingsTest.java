package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.channels.mastodon.api.FakeMastodon;
import dev.plaza.channels.mastodon.api.MastodonContract;
import dev.plaza.channels.mastodon.api.TestClock;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.federation.FederationSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings → Mastodon against a Mastodon-compatible instance on loopback: a manager is sent to the instance's
 * authorize page and back, and the account becomes a channel with its token; a declined, unknown, reused or
 * someone else's connection stores nothing; viewers cannot connect.
 */
class MastodonSettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String CALLBACK = "/settings/mastodon/callback";

    static FakeMastodon fake;
    static WebServer server;
    static Community community;
    static Browser manager;
    static Browser owner;
    static Browser viewer;

    @BeforeAll
    static void start() {
        fake = new FakeMastodon(new TestClock(Instant.parse("2026-12-01T12:00:00Z")), MastodonContract.load());
        community = Community.plant(db.store(), "mastodon", false);
        server = TestServers.start(db.store(), FederationSettings.forLoopbackTests());
        manager = community.browser(server, Role.MANAGER);
        owner = community.browser(server, Role.OWNER);
        viewer = community.browser(server, Role.VIEWER);
        manager.get("/settings/mastodon");
        owner.get("/settings/mastodon");
        viewer.get("/settings/mastodon");
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
    void aManagerConnectsTheBrandsAccountThroughTheInstanceAndSeesItListed() {
        Map<String, String> authorize = begin(manager, fake.origin(), "owned");
        assertThat(authorize).containsEntry("redirect_uri", "http://127.0.0.1" + CALLBACK).containsEntry("scope", "read write")
                .containsEntry("code_challenge_method", "S256").containsKey("state");

        HttpResponse<String> back = manager.get(callback(authorize));

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).contains("/settings/mastodon");
        String page = manager.get("/settings/mastodon").body();
        assertThat(page).contains("Connected @plaza@127.0.0.1 on 127.0.0.1").contains("<td>@plaza@127.0.0.1</td>")
                .contains("the brand's account").contains("not started yet");
        MastodonAccount account = connected("plaza@127.0.0.1");
        assertThat(account.actorUri()).isEqualTo(fake.brand().path("uri").asText());
        assertThat(account.instance()).isEqualTo(fake.origin());
        assertThat(account.accountId()).isEqualTo("1");
        Channel channel = db.store().channels().find(community.workspace().id(), account.channelId()).orElseThrow();
        assertThat(channel.platform()).isEqualTo(Platform.FEDIVERSE);
        assertThat(channel.kind()).isEqualTo(ChannelKind.OWNED);
        assertThat(channel.handle()).isEqualTo("@plaza@127.0.0.1");
        assertThat(db.store().mastodonAccounts().accessToken(community.workspace().id(), account.channelId()))
                .contains(FakeMastodon.TOKEN);
        assertThat(fake.received("/api/v1/apps").getFirst().body()).contains("\"website\":\"http://127.0.0.1\"");
    }

    @Test
    void aStateIsTakenOnceAndPlazasAppIsRegisteredOncePerInstance() {
        Map<String, String> authorize = begin(manager, fake.origin(), "personal");
        String callback = callback(authorize);
        manager.get(callback);
        assertThat(manager.get("/settings/mastodon").body()).contains("Connected @plaza@127.0.0.1");
        begin(owner, fake.origin(), "owned");

        HttpResponse<String> again = manager.get(callback);

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(manager.get("/settings/mastodon").body()).contains("is unknown, has expired (after 10 minutes) or was already used");
        assertThat(fake.received("/api/v1/apps")).hasSize(1);
    }

    @Test
    void anUnknownStateConnectsNothing() {
        int before = accounts().size();
        int exchanges = fake.received("/oauth/token").size();

        manager.get(CALLBACK + "?code=code-0&state=made-up-state");

        assertThat(manager.get("/settings/mastodon").body()).contains("This connection is unknown, has expired");
        assertThat(accounts()).hasSize(before);
        assertThat(fake.received("/oauth/token")).hasSize(exchanges);
    }

    @Test
    void aDeclinedConnectionStoresNothingAndItsStateCannotBeUsedAfterwards() {
        int before = accounts().size();
        Map<String, String> authorize = begin(manager, fake.origin(), "owned");

        manager.get(CALLBACK + "?error=access_denied&error_description=The+resource+owner+denied+the+request&state="
                + authorize.get("state"));

        assertThat(manager.get("/settings/mastodon").body()).contains("The connection was declined on the instance; nothing was connected.");
        manager.get(callback(authorize));
        assertThat(manager.get("/settings/mastodon").body()).contains("This connection is unknown, has expired");
        assertThat(accounts()).hasSize(before);
    }

    @Test
    void aConnectionStartedBySomeoneElseIsRefused() {
        int before = accounts().size();
        Map<String, String> authorize = begin(owner, fake.origin(), "owned");

        manager.get(callback(authorize));

        assertThat(manager.get("/settings/mastodon").body()).contains("This connection was started by someone else");
        assertThat(accounts()).hasSize(before);
    }

    @Test
    void somethingThatIsNoInstanceGoesBackToTheFormWithWhyAndNothingIsSent() {
        int registered = fake.received("/api/v1/apps").size();

        HttpResponse<String> refused = manager.post("/settings/mastodon", Map.of("instance", "ftp://mastodon.example", "kind", "owned"));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).contains("/settings/mastodon");
        assertThat(manager.get("/settings/mastodon").body()).contains("is not a Mastodon instance Plaza can connect to");
        HttpResponse<String> noKind = manager.post("/settings/mastodon", Map.of("instance", fake.origin(), "kind", "listening"));
        assertThat(noKind.headers().firstValue("Location")).contains("/settings/mastodon");
        assertThat(manager.get("/settings/mastodon").body()).contains("Choose whose account it is");
        assertThat(fake.received("/api/v1/apps")).hasSize(registered);
    }

    @Test
    void aManagerPausesAndResumesListeningThroughAnAccount() {
        manager.get(callback(begin(manager, fake.origin(), "owned")));
        MastodonAccount account = connected("plaza@127.0.0.1");

        manager.post("/settings/mastodon/" + account.channelId() + "/pause", Map.of());

        assertThat(db.store().channels().find(community.workspace().id(), account.channelId()).orElseThrow().paused()).isTrue();
        assertThat(manager.get("/settings/mastodon").body()).contains("Paused listening through @plaza@127.0.0.1")
                .contains("status-paused").contains("/settings/mastodon/" + account.channelId() + "/resume");
        manager.post("/settings/mastodon/" + account.channelId() + "/resume", Map.of());
        assertThat(db.store().channels().find(community.workspace().id(), account.channelId()).orElseThrow().paused()).isFalse();
        assertThat(viewer.post("/settings/mastodon/" + account.channelId() + "/pause", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void aViewerSeesTheAccountsButCannotConnectOne() {
        assertThat(viewer.get("/settings/mastodon").body()).contains("Mastodon accounts").doesNotContain("Connect an account");

        assertThat(viewer.post("/settings/mastodon", Map.of("instance", fake.origin(), "kind", "owned")).statusCode()).isEqualTo(403);
        assertThat(viewer.get(CALLBACK + "?code=x&state=y").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        assertThat(manager.postRaw("/settings/mastodon", Map.of("instance", fake.origin(), "kind", "owned")).statusCode())
                .isEqualTo(403);
    }

    /** Starts connecting, and answers the authorize URL's query. */
    private static Map<String, String> begin(Browser browser, String instance, String kind) {
        HttpResponse<String> started = browser.post("/settings/mastodon", Map.of("instance", instance, "kind", kind));
        assertThat(started.statusCode()).isEqualTo(303);
        URI authorize = URI.create(started.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(fake.origin() + "/oauth/authorize?");
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : authorize.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    /** Where the instance sends the person back once they approved Plaza. */
    private static String callback(Map<String, String> authorize) {
        return CALLBACK + "?code=" + fake.approve(authorize.get("code_challenge")) + "&state=" + authorize.get("state");
    }

    private static List<MastodonAccount> accounts() {
        return db.store().mastodonAccounts().list(community.workspace().id());
    }

    private static MastodonAccount connected(String acct) {
        return accounts().stream().filter(a -> a.acct().equals(acct)).findFirst().orElseThrow();
    }
}
