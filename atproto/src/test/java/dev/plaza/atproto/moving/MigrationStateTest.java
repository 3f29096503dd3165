package dev.plaza.atproto.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationStateTest {

    private static final Did BRAND = Did.parse("did:plc:ewvi7nxzyoun6zhxrhs64oiz");
    private static final String OPERATION = "{\"type\":\"plc_operation\",\"sig\":\"abc\"}";

    @Test
    void aNewMoveStartsByLookingUpTheNewPdsAndHasEveryStepAhead() {
        MigrationState state = MigrationState.start(BRAND);

        assertThat(state.next()).contains(MigrationStep.LOOK_UP_NEW_PDS);
        assertThat(state.remaining()).containsExactly(MigrationStep.values());
        assertThat(state.isComplete()).isFalse();
        assertThat(state.awaitsEmailToken()).isFalse();
    }

    @Test
    void stepsCompleteOnlyInTheGuidesOrder() {
        MigrationState state = MigrationState.start(BRAND).completed(MigrationStep.LOOK_UP_NEW_PDS);

        assertThat(state.next()).contains(MigrationStep.CREATE_ACCOUNT);
        assertThatThrownBy(() -> state.completed(MigrationStep.IMPORT_REPO))
                .hasMessageContaining("IMPORT_REPO is not the next step").hasMessageContaining("the next is CREATE_ACCOUNT");
        assertThatThrownBy(() -> new MigrationState(BRAND, List.of(MigrationStep.CREATE_ACCOUNT), Optional.empty(), 0,
                Optional.empty(), 0, List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("the first ones, in order");
    }

    @Test
    void everyStepDoneIsAComplete() {
        MigrationState state = MigrationState.start(BRAND);
        for (MigrationStep step : MigrationStep.values()) {
            state = state.completed(step);
        }

        assertThat(state.isComplete()).isTrue();
        assertThat(state.next()).isEmpty();
        assertThat(state.remaining()).isEmpty();
        MigrationState complete = state;
        assertThatThrownBy(() -> complete.completed(MigrationStep.CONFIRM)).hasMessageContaining("the move is complete");
    }

    @Test
    void theMoveWaitsForTheEmailedTokenOnlyUntilTheIdentityUpdateIsSigned() {
        MigrationState requested = upTo(MigrationStep.REQUEST_PLC_TOKEN).withTokenRequestedAt(Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(requested.next()).contains(MigrationStep.UPDATE_IDENTITY);
        assertThat(requested.awaitsEmailToken()).isTrue();
        assertThat(requested.withSignedPlcOperation(OPERATION).awaitsEmailToken()).isFalse();
        assertThat(upTo(MigrationStep.COPY_PREFERENCES).awaitsEmailToken()).isFalse();
    }

    @Test
    void goingBackForANewTokenForgetsTheSignedOperationButKeepsWhatWasCopied() {
        MigrationState signed = upTo(MigrationStep.REQUEST_PLC_TOKEN).withRepo(12, "3l3qo2vutsw2b").withBlobs(3, List.of())
                .withTokenRequestedAt(Instant.parse("2026-01-01T00:00:00Z")).withSignedPlcOperation(OPERATION);

        MigrationState again = signed.backTo(MigrationStep.REQUEST_PLC_TOKEN);

        assertThat(again.next()).contains(MigrationStep.REQUEST_PLC_TOKEN);
        assertThat(again.signedPlcOperation()).isEmpty();
        assertThat(again.tokenRequestedAt()).isEmpty();
        assertThat(again.records()).isEqualTo(12);
        assertThat(again.blobsCopied()).isEqualTo(3);
        assertThat(again.isDone(MigrationStep.COPY_PREFERENCES)).isTrue();
    }

    @Test
    void aKeptStateReadsBackAsTheSameState() {
        MigrationState state = upTo(MigrationStep.CONFIRM).withNewPdsDid("did:web:pds.example.com").withRepo(40, "3l3qo2vutsw2b")
                .withBlobs(7, List.of("bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy"))
                .withTokenRequestedAt(Instant.parse("2026-01-01T10:15:30.123Z")).withSignedPlcOperation(OPERATION)
                .withFinalStatus(new AccountStatus(true, true, "bafyreia", "3l3qo2vutsw2b", 90, 40, 8, 7));

        assertThat(MigrationStates.fromJson(MigrationStates.toJson(state))).isEqualTo(state);
        assertThat(MigrationStates.fromJson(MigrationStates.toJson(MigrationState.start(BRAND))))
                .isEqualTo(MigrationState.start(BRAND));
        assertThatThrownBy(() -> MigrationStates.fromJson("{\"did\":\"did:plc:x\",\"done\":[\"NO_SUCH_STEP\"]}"))
                .hasMessageContaining("could not be read");
    }

    @Test
    void aPlanNeverShowsItsPasswordOrInviteCode() {
        MigrationPlan plan = MigrationPlan.of(new NoSession(BRAND), URI.create("https://old.example.com"),
                URI.create("https://new.example.com"), Handle.parse("brand.example.com"), "brand@example.com",
                Secret.of("hunter2-but-longer")).withInviteCode(Secret.of("new-example-com-abcde"));

        assertThat(plan.toString()).contains(BRAND.value(), "https://new.example.com", "brand.example.com")
                .doesNotContain("hunter2", "abcde");
        assertThatThrownBy(() -> MigrationPlan.of(new NoSession(BRAND), URI.create("https://same.example.com"),
                URI.create("https://same.example.com"), Handle.parse("brand.example.com"), "brand@example.com",
                Secret.of("pw"))).hasMessageContaining("already the PDS of " + BRAND);
    }

    @Test
    void aStepThatFailsIsNamedWithItsTitle() {
        MigrationException failure = new MigrationException(MigrationStep.IMPORT_REPO, upTo(MigrationStep.CREATE_ACCOUNT),
                "com.atproto.repo.importRepo at https://new.example.com answered 400 InvalidRequest: expected one root", null);

        assertThat(failure.getMessage()).isEqualTo("moving " + BRAND + ": IMPORT_REPO (Copy the repository) failed: "
                + "com.atproto.repo.importRepo at https://new.example.com answered 400 InvalidRequest: expected one root");
        assertThat(failure.state().next()).contains(MigrationStep.IMPORT_REPO);
    }

    private static MigrationState upTo(MigrationStep last) {
        MigrationState state = MigrationState.start(BRAND);
        for (MigrationStep step : MigrationStep.values()) {
            state = state.completed(step);
            if (step == last) {
                return state;
            }
        }
        return state;
    }
}
