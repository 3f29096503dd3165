package dev.plaza.atproto.bsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.Jwt;
import dev.plaza.testing.MutableClock;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.StoredSession;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** The brand acting on the reference PDS: logged in with an app password, every record read back from its repository. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BskyAccountPeerTest {

    private AtprotoPeer peer;
    private GuardedHttpClient http;
    private XrpcClient pds;
    private InMemorySessionStore store;
    private Account brandAccount;
    private Account aliceAccount;
    private BskyAccount brand;
    private BskyAccount alice;

    private record Account(Did did, AppPassword appPassword) {
    }

    @BeforeAll
    void startPeer() {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        pds = new XrpcClient(http, peer.pdsUrl());
        store = new InMemorySessionStore();
        brandAccount = createAccount("brand.test");
        aliceAccount = createAccount("alice.test");
        brand = BskyAccount.of(AppPasswordSession.login(pds, brandAccount.appPassword(), store, SessionOptions.DEFAULT));
        alice = BskyAccount.of(AppPasswordSession.login(pds, aliceAccount.appPassword(), store, SessionOptions.DEFAULT));
    }

    @AfterAll
    void stopPeer() {
        if (http != null) {
            http.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void theAppPasswordSessionActsAsTheBrandsAccount() {
        StoredSession session = store.load(brandAccount.did()).orElseThrow();

        assertThat(brand.did()).isEqualTo(brandAccount.did());
        assertThat(session.handle()).isEqualTo("brand.test");
        assertThat(session.accessJwt().subject()).contains(brandAccount.did().value());
        assertThat(session.accessJwt().expiresAt()).hasValueSatisfying(exp -> assertThat(exp).isAfter(Instant.now()));
        assertThat(HandleToDid.viaPds(sessionOf(brandAccount)).resolve(Handle.parse("alice.test"))).contains(aliceAccount.did());
        assertThat(HandleToDid.viaPds(sessionOf(brandAccount)).resolve(Handle.parse("nobody.test"))).isEmpty();
    }

    @Test
    void aPostWithAMentionALinkAndAHashtagIsStoredWithItsFacetsByteRanges() {
        String text = "Grüße 👋🏽 @alice.test and @nobody.test: read https://example.com/über?x=1. #Plaza日本 ok";

        Instant dated = Instant.parse("2025-03-01T12:00:00.250Z");

        StrongRef post = brand.post(PostDraft.of(text).inLanguages("de", "en").datedAt(dated));
        JsonNode record = getRecord(post);

        assertThat(record.path("cid").asText()).isEqualTo(post.cid().toString());
        JsonNode value = record.path("value");
        assertThat(value.path("text").asText()).isEqualTo(text);
        assertThat(value.path("langs").toString()).isEqualTo("[\"de\",\"en\"]");
        assertThat(value.path("createdAt").asText()).isEqualTo("2025-03-01T12:00:00.250Z");
        JsonNode facets = value.path("facets");
        assertThat(facets).hasSize(3);
        assertThat(PeerRecords.covered(text, facets)).containsExactly("@alice.test", "https://example.com/über?x=1", "#Plaza日本");
        assertThat(feature(facets, 0).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#mention");
        assertThat(feature(facets, 0).path("did").asText()).isEqualTo(aliceAccount.did().value());
        assertThat(feature(facets, 1).path("uri").asText()).isEqualTo("https://example.com/%C3%BCber?x=1");
        assertThat(feature(facets, 2).path("tag").asText()).isEqualTo("Plaza日本");
        // the emoji and umlauts before the mention make its byte offset differ from its char offset
        assertThat(facets.get(0).path("index").path("byteStart").asInt()).isEqualTo(17).isNotEqualTo(text.indexOf('@'));
    }

    @Test
    void aReplyAndAQuotePointAtThePostsTheyAnswerAndEmbed() {
        StrongRef root = alice.post(PostDraft.of("what does the brand think?"));
        StrongRef answer = brand.post(PostDraft.of("we think so").replyingTo(ReplyTo.topLevel(root)));
        StrongRef followUp = brand.post(PostDraft.of("and more").replyingTo(new ReplyTo(root, answer)));
        StrongRef quote = brand.post(PostDraft.of("worth reading").quoting(root));

        JsonNode reply = getRecord(followUp).path("value").path("reply");
        JsonNode embed = getRecord(quote).path("value").path("embed");

        assertThat(getRecord(answer).path("value").path("reply").path("parent").path("uri").asText()).isEqualTo(root.uri().toString());
        assertThat(reply.path("root").path("uri").asText()).isEqualTo(root.uri().toString());
        assertThat(reply.path("root").path("cid").asText()).isEqualTo(root.cid().toString());
        assertThat(reply.path("parent").path("uri").asText()).isEqualTo(answer.uri().toString());
        assertThat(reply.path("parent").path("cid").asText()).isEqualTo(answer.cid().toString());
        assertThat(embed.path("$type").asText()).isEqualTo("app.bsky.embed.record");
        assertThat(embed.path("record").path("uri").asText()).isEqualTo(root.uri().toString());
        assertThat(embed.path("record").path("cid").asText()).isEqualTo(root.cid().toString());
    }

    @Test
    void likeRepostAndFollowAreRecordsInTheBrandsRepository() {
        StrongRef post = alice.post(PostDraft.of("a post worth liking"));

        StrongRef like = brand.like(post);
        StrongRef repost = brand.repost(post);
        StrongRef follow = brand.follow(aliceAccount.did());

        assertThat(like.uri().toString()).startsWith("at://" + brand.did() + "/app.bsky.feed.like/");
        assertThat(getRecord(like).path("value").path("subject").path("uri").asText()).isEqualTo(post.uri().toString());
        assertThat(getRecord(like).path("value").path("subject").path("cid").asText()).isEqualTo(post.cid().toString());
        assertThat(getRecord(repost).path("value").path("subject").path("uri").asText()).isEqualTo(post.uri().toString());
        assertThat(getRecord(follow).path("value").path("subject").asText()).isEqualTo(aliceAccount.did().value());
        assertThat(listRecords("app.bsky.feed.like")).contains(like.uri().toString());
        assertThat(listRecords("app.bsky.feed.repost")).contains(repost.uri().toString());
        assertThat(listRecords("app.bsky.graph.follow")).contains(follow.uri().toString());
    }

    @Test
    void aDeletedRecordIsGoneFromTheRepository() {
        StrongRef post = brand.post(PostDraft.of("here for a moment"));
        StrongRef like = brand.like(post);

        brand.delete(like.uri());
        brand.delete(post.uri());

        XrpcException gone = catchThrowableOfType(XrpcException.class, () -> getRecord(post));
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.error()).contains("RecordNotFound");
        assertThat(listRecords("app.bsky.feed.post")).doesNotContain(post.uri().toString());
        assertThat(listRecords("app.bsky.feed.like")).doesNotContain(like.uri().toString());
    }

    @Test
    void aRevokedSessionWhoseAccessTokenExpiresRecoversByLoggingInAgain() {
        MutableClock clock = new MutableClock(Instant.now());
        InMemorySessionStore ownStore = new InMemorySessionStore();
        AppPasswordSession session = AppPasswordSession.login(pds, brandAccount.appPassword(), ownStore,
                new SessionOptions(clock, Duration.ofMinutes(5)));
        BskyAccount acting = new BskyAccount(session, HandleToDid.viaPds(session), clock);
        Jwt revokedRefresh = ownStore.load(brandAccount.did()).orElseThrow().refreshJwt();
        ListAppender<ILoggingEvent> log = listen();

        try {
            pds.procedure("com.atproto.server.deleteSession", Optional.of(revokedRefresh));
            StrongRef beforeExpiry = acting.post(PostDraft.of("still here after the session was revoked"));
            clock.advance(Duration.ofHours(3));
            StrongRef afterExpiry = acting.post(PostDraft.of("and after its access token expired"));

            StoredSession renewed = ownStore.load(brandAccount.did()).orElseThrow();
            assertThat(getRecord(beforeExpiry).path("value").path("text").asText()).isEqualTo("still here after the session was revoked");
            assertThat(getRecord(afterExpiry).path("value").path("text").asText()).isEqualTo("and after its access token expired");
            assertThat(renewed.refreshJwt()).isNotEqualTo(revokedRefresh);
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).contains("again as " + brandAccount.did(), "400 ExpiredToken"));
            // the refresh token that replaced the revoked one works
            assertThat(pds.procedure("com.atproto.server.refreshSession", Optional.of(renewed.refreshJwt())).path("did").asText())
                    .isEqualTo(brandAccount.did().value());
        } finally {
            ((Logger) LoggerFactory.getLogger(AppPasswordSession.class)).detachAppender(log);
        }
    }

    private Account createAccount(String handle) {
        PeerAccount made = PeerAccount.create(pds, handle);
        return new Account(made.did(), AppPassword.of(handle, made.appPassword()));
    }

    private AppPasswordSession sessionOf(Account account) {
        return AppPasswordSession.open(pds, new AppPassword(account.did(), account.appPassword().password()), store,
                SessionOptions.DEFAULT);
    }

    private JsonNode getRecord(StrongRef ref) {
        return PeerRecords.getRecord(pds, ref.uri());
    }

    private List<String> listRecords(String collection) {
        JsonNode records = pds.query("com.atproto.repo.listRecords",
                Map.of("repo", brand.did().value(), "collection", collection, "limit", 100), Optional.empty()).path("records");
        List<String> uris = new ArrayList<>();
        records.forEach(record -> uris.add(record.path("uri").asText()));
        return uris;
    }

    private static JsonNode feature(JsonNode facets, int index) {
        return facets.get(index).path("features").get(0);
    }

    private static ListAppender<ILoggingEvent> listen() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(AppPasswordSession.class)).addAppender(appender);
        return appender;
    }
}
