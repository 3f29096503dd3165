package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The brand's Bluesky account moved between two reference PDSs sharing a PLC directory through
 * Settings → Bluesky → Move, with the emailed code pasted after a restart of Plaza; refusals that leave
 * nothing half-done; cancelling; and the repository downloaded as a CAR.
 */
class BlueskyMovePeerTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String NEW_PASSWORD = "a new password on the new server";
    private static final Duration WAIT = Duration.ofSeconds(60);

    static AtprotoPeer peer;
    static GuardedHttpClient http;
    static IdentitySettings identity;
    static IdentityResolver identities;
    static WebServer server;

    @BeforeAll
    static void start() {
        peer = AtprotoPeer.start(2);
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        identity = IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl());
        identities = new IdentityResolver(http, identity, Clock.systemUTC());
        server = TestServers.start(db.store(), identity);
    }

    @AfterAll
    static void stop() {
        TestServers.closeAll(server, http, peer);
    }

    @Test
    void theBrandMovesThroughThePagesResumesAfterARestartAndKeepsPostingFromTheNewServer() {
        Community shop = community("movers");
        PeerAccount account = PeerAccount.create(pds(0), "mover.test");
        StrongRef before = brandSays(account, "hello from before the move");
        Browser owner = connected(shop, account, Role.OWNER);
        assertThat(owner.get("/settings/bluesky").body()).contains("href=\"/settings/bluesky/move\"");

        owner.get("/settings/bluesky/move");
        HttpResponse<String> started = owner.post("/settings/bluesky/move", moveForm(account, PeerAccount.PASSWORD));
        assertThat(started.statusCode()).isEqualTo(303);
        String waiting = awaitState(owner, "awaiting-token");
        assertThat(waiting).contains("Copy the repository").contains("waiting for the code").contains("name=\"token\"")
                .contains("1 records copied").contains("Cancel the move");

        server.close();
        server = TestServers.start(db.store(), identity);
        owner = shop.browser(server, Role.OWNER);
        assertThat(owner.get("/settings/bluesky/move").body()).contains("data-state=\"awaiting-token\"");
        owner.post("/settings/bluesky/move/token", Map.of("token", plcToken(account)));
        String done = awaitState(owner, "complete");

        assertThat(done).contains("Moved.").doesNotContain("Cancel the move");
        identities.invalidate(account.did());
        assertThat(identities.resolveDid(account.did()).pds()).contains(peer.pdsUrl(1));
        assertThat(repoStatus(1, account.did()).path("active").asBoolean()).isTrue();
        assertThat(repoStatus(0, account.did()).path("active").asBoolean()).isFalse();
        assertThat(repoStatus(0, account.did()).path("status").asText()).isEqualTo("deactivated");
        assertThat(PeerRecords.getRecord(pds(1), before.uri()).path("cid").asText()).isEqualTo(before.cid().toString());
        BlueskyAccount connected = db.store().blueskyAccounts().find(shop.workspace().id()).orElseThrow();
        assertThat(connected.pdsUrl()).isEqualTo(peer.pdsUrl(1).toString());
        assertThat(connected.did()).isEqualTo(account.did().value());
        assertThat(db.store().blueskyMoves().find(shop.workspace().id()).orElseThrow().completed()).isTrue();
        assertThat(db.store().blueskyMoves().secrets(shop.workspace().id())).isEmpty();

        owner.get("/publish");
        owner.post("/publish", Map.of("networks", "1", "network_bluesky", "on", "text", "posting from our new home",
                "visibility", "public"));
        assertThat(owner.get("/publish").body()).contains("flash-ok");
        BlueskyPost after = db.store().blueskyAccounts().posts(shop.workspace().id(), 1).getFirst();
        assertThat(after.uri()).startsWith("at://" + account.did().value());
        assertThat(PeerRecords.getRecord(pds(1), AtUri.parse(after.uri())).path("value").path("text").asText())
                .isEqualTo("posting from our new home");
    }

    @Test
    void aWrongOrAppPasswordIsRefusedAtTheFirstStepWithNothingHalfDone() {
        Community stays = community("stayers");
        PeerAccount account = PeerAccount.create(pds(0), "stays.test");
        Browser owner = connected(stays, account, Role.OWNER);
        owner.get("/settings/bluesky/move");

        owner.post("/settings/bluesky/move", moveForm(account, "not the password"));
        String wrong = owner.get("/settings/bluesky/move").body();
        owner.post("/settings/bluesky/move", moveForm(account, account.appPassword()));
        String appPassword = owner.get("/settings/bluesky/move").body();

        assertThat(wrong).contains("flash-error").contains("refused the password of @stays.test")
                .contains("give the account's own password");
        assertThat(appPassword).contains("flash-error").contains("That is an app password of @stays.test");
        assertThat(db.store().blueskyMoves().find(stays.workspace().id())).isEmpty();
        assertThat(db.store().blueskyAccounts().find(stays.workspace().id()).orElseThrow().pdsUrl())
                .isEqualTo(peer.pdsUrl(0).toString());
        XrpcException nothingThere = catchThrowableOfType(XrpcException.class, () -> repoStatus(1, account.did()));
        assertThat(nothingThere.status()).isEqualTo(400);
        assertThat(repoStatus(0, account.did()).path("active").asBoolean()).isTrue();
    }

    @Test
    void aMoveIsCancelledBeforeTheIdentityStepAndItsPasswordsAreForgotten() {
        Community undecided = community("undecided");
        PeerAccount account = PeerAccount.create(pds(0), "undecided.test");
        Browser owner = connected(undecided, account, Role.OWNER);
        owner.get("/settings/bluesky/move");
        owner.post("/settings/bluesky/move", moveForm(account, PeerAccount.PASSWORD));
        awaitState(owner, "awaiting-token");

        owner.post("/settings/bluesky/move/cancel", Map.of());

        assertThat(owner.get("/settings/bluesky/move").body()).contains("Cancelled the move").contains("stays there, deactivated")
                .contains("Start the move");
        assertThat(db.store().blueskyMoves().find(undecided.workspace().id())).isEmpty();
        assertThat(db.store().blueskyMoves().secrets(undecided.workspace().id())).isEmpty();
        identities.invalidate(account.did());
        assertThat(identities.resolveDid(account.did()).pds()).contains(peer.pdsUrl(0));
        assertThat(repoStatus(0, account.did()).path("active").asBoolean()).isTrue();
    }

    @Test
    void onlyOwnersReachTheMovePages() {
        Community team = community("roles");
        for (Role role : new Role[] {Role.VIEWER, Role.MANAGER}) {
            Browser browser = team.browser(server, role);
            browser.get("/settings/bluesky");
            assertThat(browser.get("/settings/bluesky/move").statusCode()).as(role.key()).isEqualTo(403);
            assertThat(browser.get("/settings/bluesky/move/progress").statusCode()).as(role.key()).isEqualTo(403);
            for (String action : new String[] {"", "/token", "/retry", "/new-code", "/cancel"}) {
                assertThat(browser.post("/settings/bluesky/move" + action, Map.of()).statusCode())
                        .as(role.key() + " " + action).isEqualTo(403);
            }
        }
        assertThat(team.browser(server, Role.MANAGER).get("/settings/bluesky").body()).doesNotContain("/settings/bluesky/move");
        assertThat(team.browser(server, Role.OWNER).get("/settings/bluesky/move").statusCode()).isEqualTo(200);
        assertThat(db.store().blueskyMoves().find(team.workspace().id())).isEmpty();
    }

    @Test
    void managersDownloadTheRepositoryAsACarWithTheBrandsRecords() {
        Community archive = community("archivists");
        PeerAccount account = PeerAccount.create(pds(0), "keepsake.test");
        StrongRef post = brandSays(account, "a post worth keeping");
        Browser manager = connected(archive, account, Role.MANAGER);

        HttpResponse<byte[]> download = manager.download("/settings/bluesky/export");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"keepsake.test-%s.car\"".formatted(LocalDate.now(ZoneOffset.UTC)));
        Repository repository = Repository.of(CarReader.readAll(download.body()));
        assertThat(repository.commit().did()).isEqualTo(account.did().value());
        assertThat(repository.record("app.bsky.feed.post/" + post.uri().recordKey().orElseThrow().value()).orElseThrow()
                .toString()).contains("a post worth keeping");
        assertThat(archive.browser(server, Role.VIEWER).download("/settings/bluesky/export").statusCode()).isEqualTo(403);
    }

    private static Community community(String slug) {
        Community community = Community.plant(db.store(), slug, false);
        new ActorProvisioner(db.store().localActors()).create(community.workspace().id(), slug + "_brand",
                ActorKind.ORGANIZATION, slug, "");
        return community;
    }

    private static Map<String, String> moveForm(PeerAccount account, String accountPassword) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("new_pds_url", peer.pdsUrl(1).toString());
        form.put("new_handle", "");
        form.put("email", "new-" + account.handle().replace('.', '-') + "@example.com");
        form.put("account_password", accountPassword);
        form.put("new_password", NEW_PASSWORD);
        form.put("invite_code", "");
        return form;
    }

    private static String awaitState(Browser browser, String state) {
        Instant until = Instant.now().plus(WAIT);
        String page = "";
        while (Instant.now().isBefore(until)) {
            page = browser.get("/settings/bluesky/move/progress").body();
            if (page.contains("data-state=\"" + state + "\"")) {
                return page;
            }
            if (page.contains("data-state=\"failed\"")) {
                fail("the move failed while waiting for %s: %s", state, page);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("the move did not reach %s in %s: %s", state, WAIT, page);
    }

    /** A team member of {@code role} who connected {@code account} on the first PDS through Settings → Bluesky. */
    private static Browser connected(Community community, PeerAccount account, Role role) {
        Browser browser = community.browser(server, role);
        browser.get("/settings/bluesky");
        HttpResponse<String> connected = browser.post("/settings/bluesky", Map.of("identifier", account.handle(),
                "app_password", account.appPassword(), "pds_url", peer.pdsUrl(0).toString()));
        assertThat(connected.statusCode()).isEqualTo(303);
        assertThat(browser.get("/settings/bluesky").body()).contains("Connected @" + account.handle());
        return browser;
    }

    private static StrongRef brandSays(PeerAccount account, String text) {
        return BskyAccount.of(AppPasswordSession.login(pds(0), AppPassword.of(account.handle(), account.appPassword()),
                new InMemorySessionStore(), SessionOptions.DEFAULT)).post(PostDraft.of(text));
    }

    private static String plcToken(PeerAccount account) {
        String email = account.handle().replace('.', '-') + "@example.com";
        return peer.awaitMail(mail -> mail.template().equals("plcOperation") && mail.to().equals(email),
                "PLC operation mail to " + email, WAIT).token();
    }

    private static XrpcClient pds(int index) {
        return new XrpcClient(http, peer.pdsUrl(index));
    }

    private static JsonNode repoStatus(int pds, Did did) {
        return pds(pds).query("com.atproto.sync.getRepoStatus", Map.of("did", did.value()), Optional.empty());
    }
}
