package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.bluesky.AtprotoSessionTokens;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.store.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The workspace's Bluesky account, the AT Protocol sessions and the posts Plaza made, on the real PostgreSQL. */
class BlueskyAccountsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private static BlueskyAccount account(long workspace, String did, String handle) {
        return new BlueskyAccount(workspace, did, handle, "https://pds.example", NOW, "robin@fernhill.example",
                Optional.empty());
    }

    @Test
    void anAccountIsStoredWithItsAppPasswordSealed() throws Exception {
        long w = db.newWorkspace().id();

        BlueskyAccount stored = db.store().blueskyAccounts().connect(account(w, "did:plc:brand1", "brand.test"),
                "abcd-efgh-ijkl-mnop");

        assertThat(db.store().blueskyAccounts().find(w)).contains(stored);
        assertThat(stored.handle()).isEqualTo("brand.test");
        assertThat(stored.connectedAt()).isEqualTo(NOW);
        assertThat(db.store().blueskyAccounts().appPassword(w)).contains("abcd-efgh-ijkl-mnop");
        assertThat(column("SELECT app_password_sealed FROM bluesky_accounts WHERE workspace_id = " + w))
                .doesNotContain("abcd-efgh").isNotEmpty();
    }

    @Test
    void connectingAgainReplacesTheAccountAndClearsItsLastError() {
        long w = db.newWorkspace().id();
        db.store().blueskyAccounts().connect(account(w, "did:plc:old", "old.test"), "old-password");
        db.store().blueskyAccounts().recordError(w, Optional.of("the PDS refused the session"));
        assertThat(db.store().blueskyAccounts().find(w).orElseThrow().lastError()).contains("the PDS refused the session");

        db.store().blueskyAccounts().connect(account(w, "did:plc:new", "new.test"), "new-password");

        BlueskyAccount now = db.store().blueskyAccounts().find(w).orElseThrow();
        assertThat(now.did()).isEqualTo("did:plc:new");
        assertThat(now.lastError()).isEmpty();
        assertThat(db.store().blueskyAccounts().appPassword(w)).contains("new-password");
    }

    @Test
    void disconnectingForgetsTheAccountAndItsPasswordButNotItsPosts() {
        long w = db.newWorkspace().id();
        db.store().blueskyAccounts().connect(account(w, "did:plc:gone", "gone.test"), "a-password");
        db.store().blueskyAccounts().recordPost(w, "did:plc:gone", "at://did:plc:gone/app.bsky.feed.post/3k1", "bafyone",
                "hello", Optional.empty(), NOW);

        assertThat(db.store().blueskyAccounts().disconnect(w)).isTrue();

        assertThat(db.store().blueskyAccounts().find(w)).isEmpty();
        assertThat(db.store().blueskyAccounts().appPassword(w)).isEmpty();
        assertThat(db.store().blueskyAccounts().disconnect(w)).isFalse();
        assertThat(db.store().blueskyAccounts().posts(w, 10)).extracting(BlueskyPost::text).containsExactly("hello");
    }

    @Test
    void sessionTokensRoundTripSealedAndAreReplacedAndDeleted() throws Exception {
        AtprotoSessionTokens first = new AtprotoSessionTokens("did:plc:tokens", "brand.test", "https://pds.example",
                "access-token-one", "refresh-token-one", NOW);
        db.store().atprotoSessions().save(first);

        assertThat(db.store().atprotoSessions().load("did:plc:tokens")).contains(first);
        String sealed = column("SELECT access_jwt_sealed FROM atproto_sessions WHERE did = 'did:plc:tokens'")
                + column("SELECT refresh_jwt_sealed FROM atproto_sessions WHERE did = 'did:plc:tokens'");
        assertThat(sealed).doesNotContain("access-token").doesNotContain("refresh-token");
        assertThat(first.toString()).doesNotContain("token-one");

        AtprotoSessionTokens second = new AtprotoSessionTokens("did:plc:tokens", "renamed.test", "https://pds.example",
                "access-token-two", "refresh-token-two", NOW.plusSeconds(60));
        db.store().atprotoSessions().save(second);
        assertThat(db.store().atprotoSessions().load("did:plc:tokens")).contains(second);

        db.store().atprotoSessions().delete("did:plc:tokens");
        db.store().atprotoSessions().delete("did:plc:tokens");
        assertThat(db.store().atprotoSessions().load("did:plc:tokens")).isEmpty();
    }

    @Test
    void postsAreListedNewestFirstAndMarkedDeletedOnce() {
        long w = db.newWorkspace().id();
        String did = "did:plc:poster";
        BlueskyPost older = db.store().blueskyAccounts().recordPost(w, did, "at://did:plc:poster/app.bsky.feed.post/3a",
                "bafya", "first", Optional.empty(), NOW.minusSeconds(60));
        BlueskyPost newer = db.store().blueskyAccounts().recordPost(w, did, "at://did:plc:poster/app.bsky.feed.post/3b",
                "bafyb", "second", Optional.of(older.uri()), NOW);

        assertThat(db.store().blueskyAccounts().posts(w, 10)).extracting(BlueskyPost::id).containsExactly(newer.id(), older.id());
        assertThat(newer.inReplyTo()).contains(older.uri());
        assertThat(newer.appUrl()).isEqualTo("https://bsky.app/profile/did:plc:poster/post/3b");

        db.store().blueskyAccounts().markDeleted(w, older.id(), NOW);
        db.store().blueskyAccounts().markDeleted(w, older.id(), NOW.plusSeconds(5));

        assertThat(db.store().blueskyAccounts().post(w, older.id()).orElseThrow().deletedAt()).contains(NOW);
        assertThat(db.store().blueskyAccounts().post(db.newWorkspace().id(), older.id())).isEmpty();
        assertThatThrownBy(() -> db.store().blueskyAccounts().markDeleted(w, -1, NOW)).isInstanceOf(NotFoundException.class);
    }

    private static String column(String sql) throws Exception {
        try (var c = db.plazaStore().dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
        }
    }
}
