package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.testing.Queued;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.api.RemoteAccount;
import dev.plaza.web.federation.FederationSettings;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings → Fediverse: everyone on the team sees whom the brand follows and who follows it, a page
 * at a time; managers follow, unfollow and remove followers, each told to the other server through
 * the delivery queue; bad input comes back as a clear message; viewers and forged forms are refused.
 */
class FediverseSettingsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Pattern OLDER = Pattern.compile("href=\"(/settings/fediverse\\?[^\"]+)\">Older (follows|followers)<");

    static WebServer server;
    static WebServer guarded;
    static Community community;
    static LocalActor brand;
    static Browser manager;
    static Browser viewer;
    static RemoteAccount rosa;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "fediverse", false);
        brand = new ActorProvisioner(db.store().localActors()).create(community.workspace().id(), "fedi_brand",
                ActorKind.ORGANIZATION, "Fernhill", "");
        server = TestServers.start(db.store(), FederationSettings.forLoopbackTests());
        guarded = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
        viewer = community.browser(server, Role.VIEWER);
        rosa = RemoteAccount.start("rosa");
    }

    @AfterAll
    static void stop() {
        rosa.close();
        guarded.close();
        server.close();
    }

    @Test
    void aManagerFollowsAnAccountByUrlSeesItPendingAndUnfollowsIt() {
        assertThat(manager.get("/settings").body()).contains("href=\"/settings/fediverse\"");
        manager.get("/settings/fediverse");

        HttpResponse<String> followed = manager.post("/settings/fediverse/following", Map.of("account", rosa.actorUri));

        assertThat(followed.statusCode()).isEqualTo(303);
        String page = manager.get("/settings/fediverse").body();
        assertThat(page).contains("Asked to follow @" + rosa.acct()).contains("href=\"" + rosa.actorUri + "\"")
                .contains(">pending<").contains("Unfollow");
        ListedFollow follow = db.store().follows().findFollowing(brand.id(), rosa.actorUri).orElseThrow();
        assertThat(follow.follow().state()).isEqualTo(FollowState.PENDING);
        assertThat(Queued.json(Queued.activity(db.store(), follow.follow().followActivityId()))).contains("\"type\":\"Follow\"");

        manager.post("/settings/fediverse/following", Map.of("account", rosa.actorUri));
        assertThat(manager.get("/settings/fediverse").body()).contains("flash-error")
                .contains("The brand already follows @" + rosa.acct() + " (pending since");
        assertThat(Queued.claim(db.store())).as("nothing is sent again").isEmpty();

        manager.post("/settings/fediverse/following/" + follow.id() + "/remove", Map.of());

        assertThat(manager.get("/settings/fediverse").body()).contains("Unfollowed @" + rosa.acct())
                .contains("The brand follows no one yet.");
        String undoId = follow.follow().followActivityId() + "/undo";
        assertThat(Queued.json(Queued.activity(db.store(), undoId))).contains("\"type\":\"Undo\"");
        assertThat(db.store().follows().findFollowing(brand.id(), rosa.actorUri)).isEmpty();
        assertThat(manager.post("/settings/fediverse/following/" + follow.id() + "/remove", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aManagerSeesFollowersAndRemovesOneWhichSendsARejectOfItsFollow() {
        String sam = "https://social.example/users/sam";
        db.store().follows().saveFollower(new Follow(brand.id(), sam, sam + "/inbox", Optional.of("https://social.example/inbox"),
                FollowState.ACCEPTED, sam + "/follows/7", Instant.parse("2026-02-03T10:00:00Z"),
                Optional.of("sam@social.example")));
        ListedFollow follower = db.store().follows().findFollower(brand.id(),
                db.store().follows().followers(brand.id(), PageRequest.first(50)).items().getFirst().id()).orElseThrow();

        String page = manager.get("/settings/fediverse").body();

        assertThat(page).contains("@sam@social.example").contains("3 Feb 2026").contains("Remove follower");

        manager.post("/settings/fediverse/followers/" + follower.id() + "/remove", Map.of());

        assertThat(manager.get("/settings/fediverse").body()).contains("Removed @sam@social.example from the brand's followers")
                .contains("No one follows the brand yet.");
        DeliveryJob reject = Queued.claim(db.store()).getFirst();
        assertThat(reject.inbox().toString()).isEqualTo(sam + "/inbox");
        assertThat(Queued.json(reject)).contains("\"type\":\"Reject\"").contains(sam + "/follows/7");
        assertThat(db.store().follows().followers(brand.id())).isEmpty();
    }

    @Test
    void badInputComesBackAsAClearMessageAndFollowsNothing() {
        long w = community.workspace().id();
        db.store().blocks().blockActor(w, new NewActorBlock("http://127.0.0.1:9/users/troll", Optional.empty(),
                Optional.empty(), "spam"));
        manager.get("/settings/fediverse");

        assertThat(refusal(manager, "")).contains("name the account to follow");
        assertThat(refusal(manager, "not an account")).contains("neither a handle (@name@host) nor an actor URL");
        assertThat(refusal(manager, rosa.actorUri.replace("/rosa", "/nobody"))).contains("cannot be followed")
                .contains("answered 404");
        assertThat(refusal(manager, rosa.noteUri)).contains("is not an actor");
        assertThat(refusal(manager, "http://127.0.0.1:9/users/troll")).contains("an account this Plaza blocks");
        assertThat(refusal(manager, "@fedi_brand@127.0.0.1")).contains("cannot follow itself");
        Browser guardedManager = community.browser(guarded, Role.MANAGER);
        guardedManager.get("/settings/fediverse");
        assertThat(refusal(guardedManager, "http://10.1.2.3/users/someone"))
                .contains("a private (site-local) address; Plaza only contacts public addresses");

        assertThat(db.store().follows().following(brand.id())).isEmpty();
        assertThat(Queued.claim(db.store())).isEmpty();
    }

    @Test
    void bothListsArePagedNewestFirstEachKeepingTheOthersPlace() {
        Community paged = Community.plant(db.store(), "fediverse-pages", false);
        LocalActor actor = new ActorProvisioner(db.store().localActors()).create(paged.workspace().id(), "paged_brand",
                ActorKind.ORGANIZATION, "Paged", "");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i <= 27; i++) {
            String remote = "https://many.example/users/f" + i;
            db.store().follows().saveFollowing(new Follow(actor.id(), remote, remote + "/inbox", Optional.empty(),
                    FollowState.ACCEPTED, "https://plaza.test/follows/" + i, t0.plusSeconds(i),
                    Optional.of("f" + i + "@many.example")));
            db.store().follows().saveFollower(new Follow(actor.id(), remote, remote + "/inbox", Optional.empty(),
                    FollowState.ACCEPTED, remote + "/follow", t0.plusSeconds(i), Optional.of("f" + i + "@many.example")));
        }
        Browser reader = paged.browser(server, Role.VIEWER);

        String first = reader.get("/settings/fediverse").body();
        assertThat(first).contains("<tr id=\"following-").contains("@f27@many.example").doesNotContain("@f2@many.example<");
        String olderFollows = older(first, "follows");
        String second = reader.get(olderFollows).body();

        assertThat(count(second, "<tr id=\"following-")).isEqualTo(2);
        assertThat(count(second, "<tr id=\"follower-")).as("the followers stay on their first page").isEqualTo(25);
        assertThat(second).contains("@f1@many.example").doesNotContain("Older follows");
        String third = reader.get(older(second, "followers")).body();
        assertThat(count(third, "<tr id=\"following-")).as("the follows keep their page").isEqualTo(2);
        assertThat(count(third, "<tr id=\"follower-")).isEqualTo(2);
    }

    @Test
    void viewersReadTheListsButCannotActAndFormsWithoutTheCsrfTokenAreRefused() {
        assertThat(viewer.get("/settings").body()).contains("href=\"/settings/fediverse\"");
        HttpResponse<String> page = viewer.get("/settings/fediverse");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Following").contains("Followers")
                .doesNotContain("action=\"/settings/fediverse/following\"");
        assertThat(viewer.post("/settings/fediverse/following", Map.of("account", rosa.actorUri)).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/settings/fediverse/followers/1/remove", Map.of()).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/settings/fediverse/following/1/remove", Map.of()).statusCode()).isEqualTo(403);

        manager.get("/settings/fediverse");
        assertThat(manager.postRaw("/settings/fediverse/following", Map.of("account", rosa.actorUri)).statusCode())
                .isEqualTo(403);
        assertThat(db.store().follows().findFollowing(brand.id(), rosa.actorUri)).isEmpty();
    }

    @Test
    void aWorkspaceWithoutAFediverseAccountSaysSo() {
        Community bare = Community.plant(db.store(), "fediverse-bare", false);
        Browser bareManager = bare.browser(server, Role.MANAGER);

        assertThat(bareManager.get("/settings/fediverse").body()).contains("has no fediverse account yet");
        bareManager.post("/settings/fediverse/following", Map.of("account", rosa.actorUri));
        assertThat(bareManager.get("/settings/fediverse").body()).contains("flash-error")
                .contains("this workspace has no fediverse actor yet");
    }

    private static String refusal(Browser browser, String account) {
        assertThat(browser.post("/settings/fediverse/following", Map.of("account", account)).statusCode()).isEqualTo(303);
        String page = browser.get("/settings/fediverse").body();
        assertThat(page).contains("flash-error");
        return page;
    }

    private static String older(String page, String which) {
        Matcher matcher = OLDER.matcher(page);
        while (matcher.find()) {
            if (matcher.group(2).equals(which)) {
                return matcher.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no link to older " + which);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
