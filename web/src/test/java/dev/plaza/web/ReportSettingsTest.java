package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.reports.NewReport;
import dev.plaza.core.reports.Report;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings → Reports: managers and owners read reports and resolve them; viewers and forged forms are refused. */
class ReportSettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

    static WebServer server;
    static Community community;
    static Browser manager;
    static Browser owner;
    static Browser viewer;
    static LocalActor actor;
    static String brand;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "reports", false);
        actor = new ActorProvisioner(db.store().localActors()).create(community.workspace().id(), "reported",
                ActorKind.ORGANIZATION, "Reported brand", "");
        brand = "http://127.0.0.1/users/" + actor.username();
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
        owner = community.browser(server, Role.OWNER);
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Report report(String id, Instant at, List<String> posts, String reason) {
        return db.store().reports().receive(community.workspace().id(), new NewReport("https://mod.example/flags/" + id,
                "https://mod.example/actor", "@mod.example@mod.example", List.of(brand), posts, reason, at)).orElseThrow();
    }

    @Test
    void aManagerSeesReportsNewestFirstWithTheReportedPostsLinked() {
        LocalPost post = server.publisher().publish(actor, Draft.publicPost("Win a free bike, click the link"));
        report("older", T0, List.of(), "older report");
        report("newer", T0.plusSeconds(3600), List.of(post.uri(), brand + "/statuses/77"), "spam <b>links</b> & more");

        String page = manager.get("/settings/reports").body();

        assertThat(manager.get("/settings").body()).contains("href=\"/settings/reports\"");
        assertThat(page).contains("@mod.example@mod.example").contains("href=\"" + brand + "\"")
                .contains("href=\"" + post.uri() + "\"").contains("Win a free bike, click the link")
                .contains("href=\"" + brand + "/statuses/77\"").contains("spam &lt;b&gt;links&lt;/b&gt; &amp; more")
                .doesNotContain("<b>links</b>");
        assertThat(page.indexOf("spam &lt;b&gt;")).as("newest first").isLessThan(page.indexOf("older report"));
        assertThat(owner.get("/settings/reports").statusCode()).isEqualTo(200);
    }

    @Test
    void resolvingAReportKeepsByWhomAndWhenAndCannotBeDoneTwice() {
        Report open = report("resolve-me", T0.plusSeconds(60), List.of(), "resolve me");
        manager.get("/settings/reports");

        assertThat(manager.post("/settings/reports/" + open.id() + "/resolve", Map.of()).statusCode()).isEqualTo(303);

        Report resolved = db.store().reports().find(community.workspace().id(), open.id()).orElseThrow();
        assertThat(resolved.resolution()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("Manager of reports"));
        assertThat(manager.get("/settings/reports").body()).contains("Report from @mod.example@mod.example marked resolved")
                .contains("by Manager of reports");
        manager.post("/settings/reports/" + open.id() + "/resolve", Map.of());
        assertThat(manager.get("/settings/reports").body()).contains("flash-error").contains("resolved already");
        assertThat(manager.post("/settings/reports/987654/resolve", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void viewersAndFormsWithoutTheCsrfTokenAreRefused() {
        Report open = report("forged", T0.plusSeconds(120), List.of(), "forged");

        assertThat(viewer.get("/settings/reports").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/settings").body()).doesNotContain("href=\"/settings/reports\"");
        assertThat(viewer.post("/settings/reports/" + open.id() + "/resolve", Map.of()).statusCode()).isEqualTo(403);
        manager.get("/settings/reports");
        assertThat(manager.postRaw("/settings/reports/" + open.id() + "/resolve", Map.of()).statusCode()).isEqualTo(403);

        assertThat(db.store().reports().find(community.workspace().id(), open.id()).orElseThrow().open()).isTrue();
    }
}
