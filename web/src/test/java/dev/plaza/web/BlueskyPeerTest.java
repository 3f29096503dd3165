package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.Jwt;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.federation.FederationSettings;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The brand's Bluesky account on the reference PDS, connected through Settings → Bluesky: one text
 * composed for the fediverse and Bluesky at once, read back from the PDS; a reply to an at:// post;
 * a PDS that goes away leaves the fediverse post standing; disconnecting ends the session on the PDS.
 */
class BlueskyPeerTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static AtprotoPeer peer;
    static GuardedHttpClient http;
    static XrpcClient pds;
    static WebServer server;
    static Community community;
    static Community other;
    static LocalActor brand;
    static PeerAccount brandAccount;
    static PeerAccount alice;
    static Browser manager;
    static Browser viewer;

    @BeforeAll
    static void start() {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        pds = new XrpcClient(http, peer.pdsUrl());
        brandAccount = PeerAccount.create(pds, "brand.test");
        alice = PeerAccount.create(pds, "alice.test");
        community = Community.plant(db.store(), "skyward", false);
        brand = new ActorProvisioner(db.store().localActors()).create(community.workspace().id(), "sky_brand",
                ActorKind.ORGANIZATION, "Skyward", "");
        other = Community.plant(db.store(), "elsewhere", false);
        new ActorProvisioner(db.store().localActors()).create(other.workspace().id(), "else_brand",
                ActorKind.ORGANIZATION, "Elsewhere", "");
        server = TestServers.start(db.store(), FederationSettings.forLoopbackTests());
        manager = community.browser(server, Role.MANAGER);
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        TestServers.closeAll(server, http, peer);
    }

    @Test
    void oneTextGoesToTheFediverseAndToBlueskyWithFacetsOnUtf8ByteOffsets() {
        connect(manager, community, peer.pdsUrl().toString());
        String page = manager.get("/publish").body();
        assertThat(page).contains("Bluesky as @brand.test").contains("name=\"network_bluesky\" type=\"checkbox\" checked")
                .contains("Fediverse as @sky_brand").contains("data-bluesky-limit=\"300\"");
        String text = "Grüße 👋🏽 @alice.test, read https://example.com/über?x=1 #PlazaLaunch";

        HttpResponse<String> posted = manager.post("/publish", both(text, "de"));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(manager.get("/publish").body()).contains("flash-ok")
                .contains("Published on the fediverse (on its way to your followers) and on Bluesky.");
        BlueskyPost sent = latestBlueskyPost(community);
        JsonNode value = getRecord(sent.uri()).path("value");
        assertThat(value.path("text").asText()).isEqualTo(text);
        assertThat(value.path("langs").toString()).isEqualTo("[\"de\"]");
        JsonNode facets = value.path("facets");
        assertThat(PeerRecords.covered(text, facets)).containsExactly("@alice.test", "https://example.com/über?x=1", "#PlazaLaunch");
        assertThat(facets.get(0).path("features").get(0).path("did").asText()).isEqualTo(alice.did().value());
        assertThat(facets.get(0).path("index").path("byteStart").asInt()).isEqualTo(17).isNotEqualTo(text.indexOf('@'));
        assertThat(facets.get(2).path("features").get(0).path("tag").asText()).isEqualTo("PlazaLaunch");
        assertThat(sent.cid()).isEqualTo(getRecord(sent.uri()).path("cid").asText());
        assertThat(fediversePosts()).anySatisfy(post -> assertThat(post.source()).isEqualTo(text));
        assertThat(manager.get("/publish").body()).contains(sent.appUrl()).contains("Bluesky posts");
    }

    @Test
    void aReplyToAnAtUriAnswersTheBlueskyPostAndADeletedPostLeavesThePds() {
        connect(manager, community, peer.pdsUrl().toString());
        BskyAccount alicesAccount = BskyAccount.of(AppPasswordSession.login(pds,
                AppPassword.of(alice.handle(), alice.appPassword()), new InMemorySessionStore(), SessionOptions.DEFAULT));
        StrongRef question = alicesAccount.post(PostDraft.of("Does the brand ship to Porto?"));
        Map<String, String> form = blueskyOnly("Yes, we do!");
        form.put("in_reply_to", question.uri().toString());

        manager.post("/publish", form);

        BlueskyPost answer = latestBlueskyPost(community);
        JsonNode reply = getRecord(answer.uri()).path("value").path("reply");
        assertThat(reply.path("parent").path("uri").asText()).isEqualTo(question.uri().toString());
        assertThat(reply.path("parent").path("cid").asText()).isEqualTo(question.cid().toString());
        assertThat(reply.path("root").path("uri").asText()).isEqualTo(question.uri().toString());
        assertThat(answer.inReplyTo()).contains(question.uri().toString());

        manager.post("/publish/bluesky/" + answer.id() + "/delete", Map.of());

        assertThat(manager.get("/publish").body()).contains("Deleted from Bluesky");
        XrpcException gone = catchThrowableOfType(XrpcException.class, () -> getRecord(answer.uri()));
        assertThat(gone.error()).contains("RecordNotFound");
        assertThat(db.store().blueskyAccounts().post(community.workspace().id(), answer.id()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void checksRunBeforeAnythingIsSentAndFediverseRepliesDoNotGoToBluesky() {
        connect(manager, community, peer.pdsUrl().toString());
        int fediverseBefore = fediversePosts().size();
        int blueskyBefore = db.store().blueskyAccounts().posts(community.workspace().id(), 100).size();

        manager.post("/publish", both("x".repeat(301), "en"));
        assertThat(manager.get("/publish").body()).contains("flash-error")
                .contains("Bluesky post is at most 300 characters (graphemes); this one has 301");
        Map<String, String> reply = both("hello", "en");
        reply.put("in_reply_to", "https://mastodon.example/users/ana/statuses/1");
        manager.post("/publish", reply);
        assertThat(manager.get("/publish").body()).contains("which Bluesky cannot reply to");
        Map<String, String> none = both("hello", "en");
        none.remove("network_fediverse");
        none.remove("network_bluesky");
        manager.post("/publish", none);
        assertThat(manager.get("/publish").body()).contains("Choose at least one network");

        assertThat(fediversePosts()).hasSize(fediverseBefore);
        assertThat(db.store().blueskyAccounts().posts(community.workspace().id(), 100)).hasSize(blueskyBefore);
    }

    @Test
    void aPdsThatWentAwayLeavesTheFediversePostStandingAndSaysWhy() {
        Browser elsewhere = other.browser(server, Role.MANAGER);
        PeerAccount account = PeerAccount.create(pds, "elsewhere.test");
        try (PdsForwarder forwarder = PdsForwarder.to(peer.pdsUrl())) {
            connect(elsewhere, other, forwarder.url().toString(), account);
            forwarder.close();

            elsewhere.post("/publish", both("Open tomorrow from 9 #hours", "en"));
        }

        String page = elsewhere.get("/publish").body();
        assertThat(page).contains("flash-error").contains("Published on the fediverse (on its way to your followers).")
                .contains("Not published on Bluesky: Bluesky did not take the post: could not reach the PDS at");
        LocalActor elseBrand = db.store().localActors().findByUsername("else_brand").orElseThrow();
        assertThat(db.store().publishing().posts(elseBrand.id(), PageRequest.first(10)).items())
                .extracting(LocalPost::source).contains("Open tomorrow from 9 #hours");
        assertThat(db.store().blueskyAccounts().posts(other.workspace().id(), 10)).isEmpty();
        assertThat(db.store().blueskyAccounts().find(other.workspace().id()).orElseThrow().lastError()).isPresent();
        assertThat(elsewhere.get("/settings/bluesky").body()).contains("needs attention").contains("could not reach the PDS");
    }

    @Test
    void aWrongAppPasswordIsRefusedClearlyAndNothingIsStored() {
        Community fresh = Community.plant(db.store(), "refused", false);
        Browser elsewhere = fresh.browser(server, Role.MANAGER);
        elsewhere.get("/settings/bluesky");

        elsewhere.post("/settings/bluesky", Map.of("identifier", "brand.test", "app_password", "wrong-wrong-wrong-wrong",
                "pds_url", peer.pdsUrl().toString()));
        String refused = elsewhere.get("/settings/bluesky").body();
        elsewhere.post("/settings/bluesky", Map.of("identifier", "brand@example.com", "app_password", "x"));
        String email = elsewhere.get("/settings/bluesky").body();
        elsewhere.post("/settings/bluesky", Map.of("identifier", "brand.test", "app_password", "x", "pds_url", "ftp://pds"));
        String badUrl = elsewhere.get("/settings/bluesky").body();

        assertThat(refused).contains("flash-error").contains("Could not log in to Bluesky as brand.test")
                .contains("refused the handle and app password").contains("App passwords");
        assertThat(email).contains("not by email");
        assertThat(badUrl).contains("is not a PDS URL");
        assertThat(db.store().blueskyAccounts().find(fresh.workspace().id())).isEmpty();
        assertThat(refused).contains("No Bluesky account is connected");
    }

    @Test
    void viewersSeeTheAccountButOnlyManagersConnectAndDisconnect() {
        connect(manager, community, peer.pdsUrl().toString());

        String page = viewer.get("/settings/bluesky").body();

        assertThat(page).contains("@brand.test").contains(brandAccount.did().value()).contains(peer.pdsUrl().toString())
                .contains("healthy").doesNotContain("Disconnect").doesNotContain("app_password");
        assertThat(viewer.get("/settings").body()).contains("href=\"/settings/bluesky\"");
        assertThat(viewer.post("/settings/bluesky", Map.of("identifier", "brand.test", "app_password", "x")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/settings/bluesky/disconnect", Map.of()).statusCode()).isEqualTo(403);
        assertThat(db.store().blueskyAccounts().find(community.workspace().id())).isPresent();
    }

    @Test
    void disconnectingEndsTheSessionOnThePdsAndForgetsTokensAndPassword() {
        Community leaving = Community.plant(db.store(), "leaving", false);
        Browser owner = leaving.browser(server, Role.MANAGER);
        PeerAccount account = PeerAccount.create(pds, "leaving.test");
        connect(owner, leaving, peer.pdsUrl().toString(), account);
        Jwt refresh = Jwt.of(db.store().atprotoSessions().load(account.did().value()).orElseThrow().refreshJwt());

        owner.post("/settings/bluesky/disconnect", Map.of());

        assertThat(owner.get("/settings/bluesky").body()).contains("Disconnected @leaving.test").contains("session on")
                .contains("No Bluesky account is connected");
        assertThat(db.store().blueskyAccounts().find(leaving.workspace().id())).isEmpty();
        assertThat(db.store().blueskyAccounts().appPassword(leaving.workspace().id())).isEmpty();
        assertThat(db.store().atprotoSessions().load(account.did().value())).isEmpty();
        XrpcException revoked = catchThrowableOfType(XrpcException.class,
                () -> pds.procedure("com.atproto.server.refreshSession", Optional.of(refresh)));
        assertThat(revoked.status()).isIn(400, 401);
        assertThat(owner.get("/publish").body()).contains("connect the brand").doesNotContain("network_bluesky");
    }

    private static void connect(Browser browser, Community where, String pdsUrl) {
        connect(browser, where, pdsUrl, brandAccount);
    }

    private static void connect(Browser browser, Community where, String pdsUrl, PeerAccount account) {
        browser.get("/settings/bluesky");
        HttpResponse<String> connected = browser.post("/settings/bluesky", Map.of("identifier", account.handle(),
                "app_password", account.appPassword(), "pds_url", pdsUrl));
        assertThat(connected.statusCode()).isEqualTo(303);
        assertThat(browser.get("/settings/bluesky").body()).contains("Connected @" + account.handle());
        assertThat(db.store().blueskyAccounts().find(where.workspace().id())).hasValueSatisfying(a ->
                assertThat(a.did()).isEqualTo(account.did().value()));
        assertThat(db.store().atprotoSessions().load(account.did().value())).isPresent();
        browser.get("/publish");
    }

    private static Map<String, String> both(String text, String language) {
        Map<String, String> form = blueskyOnly(text);
        form.put("network_fediverse", "on");
        form.put("language", language);
        return form;
    }

    private static Map<String, String> blueskyOnly(String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("networks", "1");
        form.put("network_bluesky", "on");
        form.put("text", text);
        form.put("visibility", "public");
        return form;
    }

    private static BlueskyPost latestBlueskyPost(Community where) {
        return db.store().blueskyAccounts().posts(where.workspace().id(), 1).getFirst();
    }

    private static List<LocalPost> fediversePosts() {
        return db.store().publishing().posts(brand.id(), PageRequest.first(100)).items();
    }

    private static JsonNode getRecord(String uri) {
        return PeerRecords.getRecord(pds, AtUri.parse(uri));
    }
}
