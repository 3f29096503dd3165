package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings → Moving: owners only, CSRF-protected, and every refusal says what to do. Accounts here
 * are Plaza's own (found without a network), so the page's whole flow runs: alias, move, undo.
 */
class MovingSettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static final ActorUris URIS = ActorUris.of(WebSettings.forTests().publicBaseUrl());

    static final String OLD = "https://old.example/users/fernhill";

    static WebServer server;
    static Community community;
    static LocalActor brand;
    static LocalActor newHome;
    static Browser owner;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "moving", false);
        ActorProvisioner actors = new ActorProvisioner(db.store().localActors());
        brand = actors.create(community.workspace().id(), "fernhill", ActorKind.ORGANIZATION, "Fernhill", "");
        newHome = actors.create(db.newWorkspace().id(), "fernhill_new", ActorKind.ORGANIZATION, "Fernhill (new)", "");
        server = TestServers.start(db.store());
        owner = community.browser(server, Role.OWNER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void startFromScratch() {
        db.store().localActors().setAlsoKnownAs(brand.workspaceId(), brand.id(), List.of());
        db.store().localActors().setAlsoKnownAs(newHome.workspaceId(), newHome.id(), List.of());
        db.store().moving().forgetExpected(brand.id(), OLD);
        if (current().movedTo().isPresent()) {
            server.moves().moveOut().undo(current());
        }
        owner.get("/settings/moving");
    }

    @Test
    void onlyOwnersSeeThePageAndItsNavigation() {
        assertThat(community.browser(server, Role.MANAGER).get("/settings/moving").statusCode()).isEqualTo(403);
        assertThat(community.browser(server, Role.VIEWER).get("/settings/moving").statusCode()).isEqualTo(403);
        assertThat(community.browser(server, Role.MANAGER).get("/settings").body()).doesNotContain("/settings/moving");

        String page = owner.get("/settings/moving").body();

        assertThat(page).contains("href=\"/settings/moving\" aria-current=\"page\"").contains("Aliases (also known as)")
                .contains("Move to another account").contains("Import follows").contains("No followers expected yet");
        Browser manager = community.browser(server, Role.MANAGER);
        manager.get("/settings");
        assertThat(manager.post("/settings/moving/aliases", Map.of("account", "@fernhill_new@127.0.0.1")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anOwnerAddsAnAliasByHandleAndRemovesIt() {
        HttpResponse<String> added = owner.post("/settings/moving/aliases", Map.of("account", "@fernhill_new@127.0.0.1"));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(current().alsoKnownAs()).containsExactly(URIS.actor("fernhill_new"));
        assertThat(owner.get("/settings/moving").body()).contains("Added " + URIS.actor("fernhill_new") + " as an alias")
                .contains("@fernhill_new@127.0.0.1");

        owner.post("/settings/moving/aliases/remove", Map.of("alias", URIS.actor("fernhill_new")));
        assertThat(current().alsoKnownAs()).isEmpty();
    }

    @Test
    void anAliasThatIsNoAccountIsRefusedWithAMessage() {
        owner.post("/settings/moving/aliases", Map.of("account", "not a handle"));
        assertThat(owner.get("/settings/moving").body()).contains("flash-error")
                .contains("is neither a handle (@name@host) nor an actor URL");

        owner.post("/settings/moving/aliases", Map.of("account", "@nobody@127.0.0.1"));
        assertThat(owner.get("/settings/moving").body()).contains("flash-error")
                .contains("could not find the account @nobody@127.0.0.1");
        assertThat(current().alsoKnownAs()).isEmpty();
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() {
        HttpResponse<String> refused = owner.postRaw("/settings/moving/aliases", Map.of("account", "@fernhill_new@127.0.0.1"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(current().alsoKnownAs()).isEmpty();
    }

    @Test
    void aMoveNeedsConfirmationAndTheNewAccountsAlias() {
        owner.post("/settings/moving/move", Map.of("target", "@fernhill_new@127.0.0.1"));
        assertThat(owner.get("/settings/moving").body()).contains("tick the box to confirm moving");

        owner.post("/settings/moving/move", Map.of("target", "@fernhill_new@127.0.0.1", "confirm", "yes"));
        assertThat(owner.get("/settings/moving").body()).contains("flash-error")
                .contains("as an alias on the new account first").contains(URIS.actor("fernhill"));
        assertThat(current().movedTo()).isEmpty();
    }

    @Test
    void theBrandMovesShowsItAndUndoesTheMoveOnlyWhenAsked() {
        db.store().localActors().setAlsoKnownAs(newHome.workspaceId(), newHome.id(), List.of(URIS.actor("fernhill")));

        owner.post("/settings/moving/move", Map.of("target", "@fernhill_new@127.0.0.1", "confirm", "yes"));

        assertThat(current().movedTo()).contains(URIS.actor("fernhill_new"));
        assertThat(owner.get("/settings/moving").body()).contains("@fernhill@127.0.0.1 has moved").contains("Undo the move");
        assertThat(Browser.at(server).get("/@fernhill").body()).contains("has moved to")
                .contains(URIS.actor("fernhill_new"));
        owner.post("/settings/moving/undo", Map.of());
        assertThat(current().movedTo()).as("no undo without the confirmation").isPresent();

        owner.post("/settings/moving/undo", Map.of("confirm", "yes"));

        assertThat(current().movedTo()).isEmpty();
        assertThat(owner.get("/settings/moving").body()).contains("Undid the move");
    }

    @Test
    void aFollowsFileThatIsNotAnAccountListIsRefusedAndNothingStarts() {
        byte[] csv = "Account address,Show boosts\nalice@a.example,true\n<html>oops</html>\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = owner.upload("/settings/moving/follows", "csv", "following_accounts.csv", csv, false);

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(owner.get("/settings/moving").body()).contains("flash-error").contains("line 3")
                .contains("is not an account address").contains("nothing was imported").doesNotContain("Follows from");
        assertThat(db.store().follows().following(brand.id())).isEmpty();
    }

    @Test
    void theProgressCountsTheExpectedFollowersWhoFollowNow() {
        db.store().localActors().setAlsoKnownAs(brand.workspaceId(), brand.id(), List.of(OLD));
        db.store().moving().expect(brand.id(), OLD,
                List.of("https://a.example/users/ana", "https://b.example/users/ben"));

        String fragment = owner.get("/settings/moving/progress").body();

        assertThat(fragment).contains("0 of 2 followers of @fernhill@old.example now follow @fernhill@127.0.0.1")
                .contains("<progress").contains("every 2s");
    }

    private static LocalActor current() {
        return db.store().localActors().find(brand.id()).orElseThrow();
    }
}
