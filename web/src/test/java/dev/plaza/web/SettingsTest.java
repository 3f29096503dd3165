package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.Platform;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings forms: goal, channels, team and API tokens save what they say, for the roles allowed. */
class SettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser owner;
    static Browser manager;
    static Browser viewer;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "settings", false);
        server = TestServers.start(db.store());
        owner = community.browser(server, Role.OWNER);
        manager = community.browser(server, Role.MANAGER);
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aManagerSavesTheSharedGoal() {
        manager.get("/settings");

        HttpResponse<String> saved = manager.post("/settings/goal", Map.of(
                "description", "Open tools for <makers>",
                "keywords", "open source, tools, tools",
                "hashtags", "#opensource, maker",
                "languages", "EN, de",
                "exclusions", "crypto"));

        assertThat(saved.statusCode()).isEqualTo(303);
        Goal goal = db.store().goals().of(community.workspace().id());
        assertThat(goal.description()).isEqualTo("Open tools for <makers>");
        assertThat(goal.keywords()).containsExactly("open source", "tools");
        assertThat(goal.hashtags()).containsExactly("opensource", "maker");
        assertThat(goal.languages()).containsExactly("en", "de");
        assertThat(goal.exclusions()).containsExactly("crypto");
        String page = manager.get("/settings").body();
        assertThat(page).contains("Saved the shared goal").contains("Open tools for &lt;makers&gt;")
                .contains("value=\"open source, tools\"");
    }

    @Test
    void aViewerSeesTheGoalButCannotChangeIt() {
        String page = viewer.get("/settings").body();

        assertThat(page).contains("<textarea id=\"description\" name=\"description\" rows=\"4\" maxlength=\"2000\" disabled>")
                .doesNotContain("Save goal");
        assertThat(viewer.post("/settings/goal", Map.of("description", "hijack")).statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerSetsAndRemovesTheAlertsWebhook() {
        manager.get("/settings");

        HttpResponse<String> refused = manager.post("/settings/alerts", Map.of("webhook", "ftp://chat.example/hook"));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(manager.get("/settings").body()).contains("a webhook is an http or https address with a host");
        assertThat(db.store().alertWebhooks().of(community.workspace().id())).isEmpty();

        manager.post("/settings/alerts", Map.of("webhook", "https://chat.example/hooks/42?token=abc"));
        assertThat(db.store().alertWebhooks().of(community.workspace().id()))
                .contains(java.net.URI.create("https://chat.example/hooks/42?token=abc"));
        assertThat(manager.get("/settings").body()).contains("value=\"https://chat.example/hooks/42?token=abc\"");

        manager.post("/settings/alerts", Map.of("webhook", " "));
        assertThat(db.store().alertWebhooks().of(community.workspace().id())).isEmpty();
        assertThat(viewer.post("/settings/alerts", Map.of("webhook", "https://evil.example/")).statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerAddsAndRemovesAChannel() {
        manager.get("/settings/channels");

        HttpResponse<String> added = manager.post("/settings/channels", Map.of("platform", "bluesky",
                "handle", "brand.bsky.social", "kind", "owned", "credentials", "app-password-1234"));

        assertThat(added.statusCode()).isEqualTo(303);
        var channel = db.store().channels().list(community.workspace().id()).stream()
                .filter(c -> c.handle().equals("brand.bsky.social")).findFirst().orElseThrow();
        assertThat(channel.platform()).isEqualTo(Platform.BLUESKY);
        assertThat(channel.hasCredentials()).isTrue();
        String page = manager.get("/settings/channels").body();
        assertThat(page).contains("Added the Bluesky channel brand.bsky.social").contains("stored, encrypted")
                .doesNotContain("app-password-1234");

        assertThat(manager.post("/settings/channels/" + channel.id() + "/remove", Map.of()).statusCode()).isEqualTo(303);
        assertThat(db.store().channels().find(community.workspace().id(), channel.id())).isEmpty();
    }

    @Test
    void aManagerSeesHowAListeningChannelGoesAndPausesAndResumesIt() {
        long w = community.workspace().id();
        var feed = db.store().channels().add(w, Platform.RSS, "https://blog.status.example/feed", ChannelKind.LISTENING,
                Optional.empty());
        Instant heard = Instant.now().minusSeconds(90);
        db.store().channels().report(w, feed.id(), new ChannelStatus(ChannelState.FAILING, Optional.of(heard),
                Optional.of(Duration.ofMinutes(12)), 4_321, Optional.of("HTTP 503 from blog.status.example"),
                Optional.of(heard), Instant.now()));

        String page = manager.get("/settings/channels").body();
        assertThat(page).contains("status-failing").contains("12 min behind").contains("4,321 read")
                .contains("Last error: HTTP 503 from blog.status.example").contains("/settings/channels/" + feed.id() + "/pause");

        assertThat(manager.post("/settings/channels/" + feed.id() + "/pause", Map.of()).statusCode()).isEqualTo(303);
        assertThat(db.store().channels().find(w, feed.id()).orElseThrow().paused()).isTrue();
        assertThat(manager.get("/settings/channels").body()).contains("Paused https://blog.status.example/feed")
                .contains("status-paused").contains("/settings/channels/" + feed.id() + "/resume");

        assertThat(viewer.post("/settings/channels/" + feed.id() + "/resume", Map.of()).statusCode()).isEqualTo(403);
        assertThat(manager.post("/settings/channels/" + feed.id() + "/resume", Map.of()).statusCode()).isEqualTo(303);
        assertThat(db.store().channels().find(w, feed.id()).orElseThrow().paused()).isFalse();
        assertThat(viewer.get("/settings/channels").body()).contains("status-failing")
                .doesNotContain("/settings/channels/" + feed.id() + "/pause");
    }

    @Test
    void aChannelWithoutAHandleIsRefusedWithAMessage() {
        manager.get("/settings/channels");

        HttpResponse<String> refused = manager.post("/settings/channels", Map.of("platform", "fediverse", "handle", "",
                "kind", "owned"));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(manager.get("/settings/channels").body()).contains("flash-error").contains("a channel needs a handle");
    }

    @Test
    void anOwnerAddsATeamMemberAndChangesTheirRole() {
        owner.get("/settings/team");

        HttpResponse<String> added = owner.post("/settings/team", Map.of("email", "newcomer@plaza.test",
                "display_name", "Newcomer", "role", "viewer", "password", "a long enough password"));

        assertThat(added.statusCode()).isEqualTo(303);
        TeamMember member = db.store().team().findByEmail("newcomer@plaza.test").orElseThrow();
        assertThat(member.role()).isEqualTo(Role.VIEWER);
        assertThat(owner.get("/settings/team").body()).contains("Added Newcomer as viewer");

        assertThat(owner.post("/settings/team/" + member.id() + "/role", Map.of("role", "manager")).statusCode())
                .isEqualTo(303);
        assertThat(db.store().team().find(member.id()).orElseThrow().role()).isEqualTo(Role.MANAGER);

        Browser newcomer = Browser.at(server);
        assertThat(newcomer.login("newcomer@plaza.test", "a long enough password").statusCode()).isEqualTo(303);
        assertThat(newcomer.get("/settings/imports").statusCode()).isEqualTo(200);

        assertThat(owner.post("/settings/team/" + member.id() + "/remove", Map.of()).statusCode()).isEqualTo(303);
        assertThat(newcomer.get("/").statusCode()).as("the removed member's session ended").isEqualTo(302);
    }

    @Test
    void anOwnerCannotDemoteThemself() {
        String page = owner.get("/settings/team").body();
        long self = db.store().team().findByEmail(community.email(Role.OWNER)).orElseThrow().id();
        assertThat(page).doesNotContain("action=\"/settings/team/" + self + "/role\"");

        owner.post("/settings/team/" + self + "/role", Map.of("role", "viewer"));

        assertThat(db.store().team().find(self).orElseThrow().role()).isEqualTo(Role.OWNER);
        assertThat(owner.get("/settings/team").body()).contains("you cannot change your own role");
    }

    @Test
    void aManagerCannotAddTeamMembers() {
        manager.get("/settings/team");

        HttpResponse<String> refused = manager.post("/settings/team", Map.of("email", "sneaky@plaza.test",
                "display_name", "Sneaky", "role", "owner", "password", "a long enough password"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(db.store().team().findByEmail("sneaky@plaza.test")).isEmpty();
    }

    @Test
    void aNewApiTokenIsShownOnceAndWorksUntilRevoked() throws Exception {
        owner.get("/settings/tokens");

        HttpResponse<String> created = owner.post("/settings/tokens", Map.of("name", "dashboard", "role", "viewer"));

        assertThat(created.statusCode()).isEqualTo(201);
        Matcher secret = Pattern.compile("id=\"token-secret\" class=\"secret-value\" readonly value=\"([^\"]+)\"")
                .matcher(created.body());
        assertThat(secret.find()).isTrue();
        String token = Html.unescape(secret.group(1));
        assertThat(owner.get("/settings/tokens").body()).contains("dashboard").doesNotContain(token);
        assertThat(api(token).statusCode()).isEqualTo(200);

        long id = db.store().apiTokens().list(community.workspace().id()).stream()
                .filter(t -> t.name().equals("dashboard")).findFirst().orElseThrow().id();
        assertThat(owner.post("/settings/tokens/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(303);
        assertThat(api(token).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> api(String token) {
        return owner.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/workspace"))
                .header("Authorization", "Bearer " + token).GET());
    }

    @Test
    void managersSeeTheirWorkspacesDeliveriesAndWhatGaveUp() {
        long workspace = community.workspace().id();
        var actor = new dev.plaza.federation.actors.ActorProvisioner(db.store().localActors()).create(workspace,
                "settings_brand", dev.plaza.core.actors.ActorKind.ORGANIZATION, "Brand", "");
        db.store().deliveries().enqueue(new dev.plaza.core.delivery.Delivery(actor.id(), "https://brand.example/a/1",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.List.of(java.net.URI.create("https://gone.example/inbox"),
                        java.net.URI.create("https://fine.example/inbox"))));
        var jobs = db.store().deliveryJobs();
        var now = java.time.Instant.now();
        var claimed = jobs.claim("settings-test", 10, now.plusSeconds(1), java.time.Duration.ofMinutes(5));
        claimed.stream().filter(j -> j.inbox().getHost().equals("gone.example"))
                .forEach(j -> jobs.kill(j.id(), "settings-test", now, 410, "410 from https://gone.example/inbox"));
        claimed.stream().filter(j -> j.inbox().getHost().equals("fine.example"))
                .forEach(j -> jobs.complete(j.id(), "settings-test", now, 202));

        String page = manager.get("/settings/deliveries").body();

        assertThat(page).contains("id=\"deliveries-done\">1<").contains("id=\"deliveries-dead\">1<")
                .contains("https://gone.example/inbox").contains("410 from").doesNotContain("fine.example/inbox");
        assertThat(viewer.get("/settings/deliveries").statusCode()).isEqualTo(403);
    }
}
