package dev.plaza.atproto.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.crypto.DidKey;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The relay scenarios of the reference relay's test suite, read where they lie: each message's
 * verdict must match the scenario's drop, invalid and update flags.
 */
class RelayScenariosTest {

    private static final Path SCENARIOS = Path.of(System.getProperty("plaza.vectors"),
            "atproto-repos", "cmd", "relay", "testing", "testdata");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** After every rev in the scenarios, so none is from the future. */
    private static final Clock AFTER_THE_SCENARIOS = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "account_lifecycle.json, 4, 0",
            "deactivation.json, 8, 1",
            "legacy.json, 3, 0",
            "post_lifecycle.json, 6, 0",
            "post_lifecycle_legacy.json, 6, 0",
            "rev_ordering.json, 4, 2",
            "seq_ordering.json, 4, 2"})
    void everyMessageGetsTheScenariosVerdict(String file, int messages, int drops) throws IOException {
        JsonNode scenario = JSON.readTree(SCENARIOS.resolve(file).toFile());
        AccountLedger ledger = new AccountLedger(
                scenario.get("lenient").asBoolean() ? Strictness.LENIENT : Strictness.STRICT, AFTER_THE_SCENARIOS);
        scenario.get("accounts").forEach(account -> ledger.track(identity(account.get("identity")),
                AccountStatus.of(account.get("status").asText())));

        int dropped = 0;
        for (int i = 0; i < scenario.get("messages").size(); i++) {
            JsonNode expected = scenario.get("messages").get(i);
            FirehoseMessage message = message(expected.get("frame"));
            Verdict verdict = ledger.apply(message);
            String which = "%s message %d (%s): %s".formatted(file, i, message.getClass().getSimpleName(), verdict);
            assertThat(verdict.dropped()).as(which).isEqualTo(expected.get("drop").asBoolean());
            assertThat(verdict.invalid()).as(which).isEqualTo(expected.get("invalid").asBoolean());
            assertThat(verdict.accountUpdated()).as(which).isEqualTo(expected.get("update").asBoolean());
            dropped += verdict.dropped() ? 1 : 0;
        }
        assertThat(scenario.get("messages").size()).as(file).isEqualTo(messages);
        assertThat(dropped).as(file + ": dropped").isEqualTo(drops);
    }

    @Test
    void theScenarioFolderHoldsTheSevenScenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(7);
        }
    }

    @Test
    void everyScenarioFrameSurvivesTheBinaryWireForm() throws IOException {
        int frames = 0;
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode expected : JSON.readTree(file.toFile()).get("messages")) {
                    FirehoseMessage message = message(expected.get("frame"));
                    assertThat(Frames.decode(Frames.encode(message))).as(file.getFileName().toString()).isEqualTo(message);
                    frames++;
                }
            }
        }
        assertThat(frames).isEqualTo(35);
    }

    @Test
    void everyRelayedCommitAndSyncVerifiesAgainstItsAccountsKeyAndNoOther() throws IOException {
        PublicKey stranger = SigningKey.generate(KeyType.K256).publicKey();
        int verified = 0;
        int proofs = 0;
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode scenario = JSON.readTree(file.toFile());
                Strictness strictness = scenario.get("lenient").asBoolean() ? Strictness.LENIENT : Strictness.STRICT;
                Map<Did, PublicKey> keys = new HashMap<>();
                scenario.get("accounts").forEach(a -> keys.put(identity(a.get("identity")).did(), identity(a.get("identity")).signingKey()));
                for (JsonNode expected : scenario.get("messages")) {
                    FirehoseMessage message = message(expected.get("frame"));
                    if (expected.get("drop").asBoolean()) {
                        continue;
                    }
                    switch (message) {
                        case CommitMessage commit -> {
                            assertThat(CommitVerifier.verify(commit, keys.get(commit.repo()), strictness).cid()).isEqualTo(commit.commit());
                            assertThatThrownBy(() -> CommitVerifier.verify(commit, stranger, strictness)).hasMessageContaining("signature");
                            proofs += commit.prevData().isPresent() ? 1 : 0;
                            verified++;
                        }
                        case SyncMessage sync -> {
                            assertThat(CommitVerifier.verify(sync, keys.get(sync.did())).commit().rev()).contains(sync.rev());
                            assertThatThrownBy(() -> CommitVerifier.verify(sync, stranger)).hasMessageContaining("signature");
                            verified++;
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        assertThat(verified).as("21 commits and 1 sync relayed across the scenarios").isEqualTo(22);
        assertThat(proofs).as("commits whose inductive proof was checked").isEqualTo(8);
    }

    static FirehoseMessage message(JsonNode frame) {
        return Frames.decode(DataModelJson.toValue(frame.get("header")), DataModelJson.toValue(frame.get("body")));
    }

    private static AccountIdentity identity(JsonNode identity) {
        String key = identity.get("keys").get("atproto").get("publicKeyMultibase").asText();
        Optional<Handle> handle = Optional.ofNullable(identity.get("handle")).map(JsonNode::asText).map(Handle::parse);
        return new AccountIdentity(Did.parse(identity.get("did").asText()), handle, DidKey.parseMultikey(key));
    }

}
