package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.PlazaException;
import dev.plaza.core.bluesky.BlueskyMove;
import dev.plaza.core.bluesky.BlueskyMoveSecrets;
import dev.plaza.store.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A workspace's Bluesky account moving to another PDS, its passwords sealed until it ends, on the real PostgreSQL. */
class BlueskyMovesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final BlueskyMoveSecrets SECRETS = new BlueskyMoveSecrets("the-account-password", "the-new-password",
            Optional.of("invite-code-1"));

    private static BlueskyMove move(long workspace, String state) {
        return new BlueskyMove(workspace, "did:plc:mover", "https://old.pds.example", "https://new.pds.example", "brand.test",
                "brand@example.com", state, NOW, "robin@fernhill.example", NOW, Optional.empty(), Optional.empty());
    }

    @Test
    void aMoveRoundTripsWithItsSecretsSealedInTheTable() throws Exception {
        long w = db.newWorkspace().id();

        BlueskyMove started = db.store().blueskyMoves().start(move(w, "{\"done\":[]}"), SECRETS);

        assertThat(started).isEqualTo(move(w, "{\"done\":[]}"));
        assertThat(db.store().blueskyMoves().find(w)).contains(started);
        assertThat(db.store().blueskyMoves().secrets(w)).contains(SECRETS);
        assertThat(db.store().blueskyMoves().unfinished()).contains(started);
        String row = column("account_password_sealed", w) + column("new_password_sealed", w) + column("invite_code_sealed", w);
        assertThat(row).isNotEmpty().doesNotContain("the-account-password").doesNotContain("the-new-password")
                .doesNotContain("invite-code");
        assertThat(SECRETS.toString()).doesNotContain("password-").doesNotContain("invite-code-1");
    }

    @Test
    void stateAndErrorsAreKeptAndCompletingForgetsTheSecretsButKeepsTheMove() throws Exception {
        long w = db.newWorkspace().id();
        db.store().blueskyMoves().start(move(w, "{\"done\":[]}"), SECRETS);

        assertThat(db.store().blueskyMoves().saveState(w, "{\"done\":[\"LOOK_UP_NEW_PDS\"]}", NOW.plusSeconds(1))).isTrue();
        db.store().blueskyMoves().recordError(w, Optional.of("CREATE_ACCOUNT failed: Handle already taken"), NOW.plusSeconds(2));
        BlueskyMove failed = db.store().blueskyMoves().find(w).orElseThrow();
        assertThat(failed.state()).isEqualTo("{\"done\":[\"LOOK_UP_NEW_PDS\"]}");
        assertThat(failed.lastError()).contains("CREATE_ACCOUNT failed: Handle already taken");
        assertThat(failed.updatedAt()).isEqualTo(NOW.plusSeconds(2));

        db.store().blueskyMoves().complete(w, "{\"done\":[\"CONFIRM\"]}", NOW.plusSeconds(3));

        BlueskyMove done = db.store().blueskyMoves().find(w).orElseThrow();
        assertThat(done.completedAt()).contains(NOW.plusSeconds(3));
        assertThat(done.lastError()).isEmpty();
        assertThat(done.state()).isEqualTo("{\"done\":[\"CONFIRM\"]}");
        assertThat(db.store().blueskyMoves().secrets(w)).isEmpty();
        assertThat(column("account_password_sealed", w) + column("new_password_sealed", w)).isEmpty();
        assertThat(db.store().blueskyMoves().unfinished()).extracting(BlueskyMove::workspaceId).doesNotContain(w);
        assertThat(db.store().blueskyMoves().saveState(w, "{}", NOW.plusSeconds(4))).isFalse();
    }

    @Test
    void oneMoveAtATimeAndANewOneMayFollowACompletedOne() {
        long w = db.newWorkspace().id();
        db.store().blueskyMoves().start(move(w, "first"), SECRETS);

        assertThatThrownBy(() -> db.store().blueskyMoves().start(move(w, "second"), SECRETS))
                .isInstanceOf(PlazaException.class).hasMessageContaining("already under way");
        assertThat(db.store().blueskyMoves().find(w).orElseThrow().state()).isEqualTo("first");

        db.store().blueskyMoves().complete(w, "first, done", NOW);
        BlueskyMove second = db.store().blueskyMoves().start(move(w, "second"), SECRETS);

        assertThat(second.state()).isEqualTo("second");
        assertThat(second.completedAt()).isEmpty();
        assertThat(db.store().blueskyMoves().secrets(w)).contains(SECRETS);
    }

    @Test
    void cancellingForgetsTheMoveAndItsSecrets() {
        long w = db.newWorkspace().id();
        long other = db.newWorkspace().id();
        db.store().blueskyMoves().start(move(w, "under way"), SECRETS);
        db.store().blueskyMoves().start(move(other, "elsewhere"), new BlueskyMoveSecrets("a", "b", Optional.empty()));

        assertThat(db.store().blueskyMoves().cancel(w)).isTrue();

        assertThat(db.store().blueskyMoves().find(w)).isEmpty();
        assertThat(db.store().blueskyMoves().secrets(w)).isEmpty();
        assertThat(db.store().blueskyMoves().saveState(w, "late progress", NOW)).isFalse();
        assertThat(db.store().blueskyMoves().cancel(w)).isFalse();
        assertThat(db.store().blueskyMoves().secrets(other)).contains(new BlueskyMoveSecrets("a", "b", Optional.empty()));
    }

    private static String column(String name, long workspace) throws Exception {
        try (var c = db.plazaStore().dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT " + name + " FROM bluesky_moves WHERE workspace_id = " + workspace)) {
            assertThat(rs.next()).isTrue();
            byte[] bytes = rs.getBytes(1);
            return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
