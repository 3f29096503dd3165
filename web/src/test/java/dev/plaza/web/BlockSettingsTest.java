package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings → Blocks: managers and owners list, add and lift blocks; viewers and forged forms are refused. */
class BlockSettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;
    static Browser viewer;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "blocks", false);
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aManagerBlocksAServerWithAReasonSeesItListedAndUnblocksIt() {
        assertThat(manager.get("/settings").body()).contains("href=\"/settings/blocks\"");
        manager.get("/settings/blocks");

        HttpResponse<String> blocked = manager.post("/settings/blocks/domains",
                Map.of("domain", "https://Spam.Example/about", "reason", "spam <waves>"));

        assertThat(blocked.statusCode()).isEqualTo(303);
        String page = manager.get("/settings/blocks").body();
        assertThat(page).contains("Blocked spam.example and its subdomains").contains("spam &lt;waves&gt;");
        assertThat(db.store().communities().blockedDomains(community.workspace().id()))
                .singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("spam <waves>"));

        manager.post("/settings/blocks/domains/remove", Map.of("domain", "spam.example"));

        assertThat(manager.get("/settings/blocks").body()).contains("Unblocked spam.example").contains("No blocked servers.");
        assertThat(db.store().communities().blockedDomains(community.workspace().id())).isEmpty();
    }

    @Test
    void badInputComesBackAsAClearMessageAndChangesNothing() {
        manager.get("/settings/blocks");

        manager.post("/settings/blocks/domains", Map.of("domain", "not a server/name", "reason", ""));
        assertThat(manager.get("/settings/blocks").body()).contains("flash-error").contains("is not a server name");

        manager.post("/settings/blocks/accounts", Map.of("account", "not an account", "reason", ""));
        assertThat(manager.get("/settings/blocks").body()).contains("flash-error")
                .contains("neither a handle (@name@host) nor an actor URL");

        manager.post("/settings/blocks/accounts", Map.of("account", "", "reason", ""));
        assertThat(manager.get("/settings/blocks").body()).contains("name the account to block");

        manager.post("/settings/blocks/domains", Map.of("domain", "spam.example", "reason", "x".repeat(501)));
        assertThat(manager.get("/settings/blocks").body()).contains("the limit is 500");

        assertThat(manager.post("/settings/blocks/domains/remove", Map.of("domain", "never-blocked.example")).statusCode())
                .isEqualTo(404);

        assertThat(db.store().communities().blockedDomains(community.workspace().id())).isEmpty();
        assertThat(db.store().blocks().actors(community.workspace().id())).isEmpty();
    }

    @Test
    void aManagerSeesBlockedAccountsPendingOnesMarkedAndUnblocksOne() {
        long w = community.workspace().id();
        ActorBlock troll = db.store().blocks().blockActor(w, new NewActorBlock("https://spam.example/users/troll",
                Optional.of("troll@spam.example"), Optional.empty(), "harassment"));
        db.store().ingest().ingest(w, new dev.plaza.core.ingest.IngestBatch(java.util.List.of(), java.util.List.of(),
                Optional.empty(), java.util.List.of(), java.util.List.of(), java.util.List.of("imported@old.example")),
                dev.plaza.core.ingest.Progress.NONE);

        String page = manager.get("/settings/blocks").body();

        assertThat(page).contains("@troll@spam.example").contains("harassment").contains("@imported@old.example")
                .contains("pending");

        manager.post("/settings/blocks/accounts/" + troll.id() + "/remove", Map.of());

        assertThat(manager.get("/settings/blocks").body()).contains("Unblocked @troll@spam.example");
        assertThat(db.store().blocks().actors(w)).extracting(ActorBlock::label).containsExactly("@imported@old.example");
        assertThat(manager.post("/settings/blocks/accounts/987654/remove", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void viewersAndFormsWithoutTheCsrfTokenAreRefused() {
        assertThat(viewer.get("/settings/blocks").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/settings").body()).doesNotContain("href=\"/settings/blocks\"");
        assertThat(viewer.post("/settings/blocks/domains", Map.of("domain", "spam.example", "reason", "")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/settings/blocks/accounts", Map.of("account", "@a@spam.example")).statusCode()).isEqualTo(403);

        manager.get("/settings/blocks");
        assertThat(manager.postRaw("/settings/blocks/domains", Map.of("domain", "forged.example")).statusCode())
                .isEqualTo(403);
        assertThat(db.store().communities().blockedDomains(community.workspace().id()))
                .noneMatch(d -> d.domain().equals("forged.example"));
    }
}
