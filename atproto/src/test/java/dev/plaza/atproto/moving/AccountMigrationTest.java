package dev.plaza.atproto.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Resuming a move from a kept state, where the state alone decides what runs (no server is reached here). */
class AccountMigrationTest {

    private static final Did BRAND = Did.parse("did:plc:ewvi7nxzyoun6zhxrhs64oiz");

    // nothing listens on these: a request would fail the test
    private final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    private final IdentityResolver identities = new IdentityResolver(http,
            IdentitySettings.DEFAULT.withPlcDirectory(URI.create("http://127.0.0.1:9")), Clock.systemUTC());
    private final AccountMigration move = new AccountMigration(http, identities, MigrationPlan.of(new NoSession(BRAND),
            URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:10"), Handle.parse("brand.example.com"),
            "brand@example.com", Secret.of("a long password")));

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void aMoveWaitingForTheEmailedTokenStaysWhereItIsWithoutOne() {
        MigrationState waiting = upTo(MigrationStep.REQUEST_PLC_TOKEN).withTokenRequestedAt(Instant.parse("2026-01-01T00:00:00Z"));
        List<MigrationState> kept = new ArrayList<>();

        assertThat(move.run(waiting, Optional.empty(), kept::add)).isSameAs(waiting);
        assertThat(kept).isEmpty();
    }

    @Test
    void aCompleteMoveHasNothingLeftToRun() {
        MigrationState complete = upTo(MigrationStep.CONFIRM);

        assertThat(move.run(complete, Optional.of(Secret.of("token")), state -> { })).isSameAs(complete);
        assertThatThrownBy(() -> move.step(complete, Optional.empty())).hasMessageContaining("complete: there is no step left");
    }

    @Test
    void aKeptStateOfAnotherAccountIsRefused() {
        MigrationState other = MigrationState.start(Did.parse("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"));

        assertThatThrownBy(() -> move.step(other, Optional.empty()))
                .hasMessageContaining("does not belong to moving " + BRAND);
        assertThat(move.start()).isEqualTo(MigrationState.start(BRAND));
    }

    private static MigrationState upTo(MigrationStep last) {
        MigrationState state = MigrationState.start(BRAND);
        for (MigrationStep step : MigrationStep.values()) {
            state = state.completed(step);
            if (step == last) {
                break;
            }
        }
        return state;
    }
}
