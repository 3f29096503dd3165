package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.Strictness;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Full verification: commits checked against the signing key of their account's DID document, read from a PLC directory. */
class ListeningVerificationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    private final FakePlc plc;
    private final IdentityResolver identities;
    private final InMemoryListeningSink sink = new InMemoryListeningSink();
    private final SignedRepo alice = new SignedRepo("did:plc:aliceaaaaaaaaaaaaaaaaaaa");
    private final List<FirehoseMessage> stream = new CopyOnWriteArrayList<>();
    private FakeHost host;
    private FirehoseListener listener;

    ListeningVerificationTest() throws IOException {
        plc = new FakePlc();
        identities = new IdentityResolver(http, IdentitySettings.DEFAULT.withPlcDirectory(plc.url()), Clock.systemUTC());
        plc.publish(alice.did, alice.key().publicKey());
    }

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.close();
        }
        if (host != null) {
            host.close();
        }
        plc.close();
        http.close();
    }

    @Test
    void commitsSignedWithTheAccountsKeyAreKeptAndAForgedOneIsSkipped() {
        stream.addAll(List.of(alice.post(1, "first"), alice.forged(2, "not alice's"), alice.post(3, "second")));

        listen(Strictness.STRICT, 3);

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 3L);
        assertThat(listener.status().counts().invalid()).isEqualTo(1);
        assertThat(listener.status().cursor()).contains(3L);
        assertThat(plc.requestsFor(alice.did)).as("read once, and once more after the forged commit failed").isEqualTo(2);
    }

    @Test
    void withoutVerificationTheForgedCommitIsDecodedAndKept() {
        stream.addAll(List.of(alice.post(1, "first"), alice.forged(2, "not alice's")));
        host = FakeHost.playing(this::replayFromCursor);

        listener = FirehoseListener.builder(host.url(), sink, http)
                .settings(ListeningSettings.DEFAULT.withFirstCursor(0)).sleeper(new RecordingSleeper()).start();
        Waiting.until(() -> sink.cursor().equals(Optional.of(2L)), WAIT, () -> listener.status().toString());

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 2L);
        assertThat(plc.requestsFor(alice.did)).isZero();
    }

    @Test
    void aKeyRotationAnnouncedByAnIdentityMessageIsPickedUp() {
        SigningKey rotated = SigningKey.generate(KeyType.P256);
        stream.add(alice.post(1, "with the first key"));
        stream.add(new IdentityMessage(2, alice.did, time(), Optional.empty()));
        alice.rotate(rotated);
        stream.add(alice.post(3, "with the rotated key"));
        host = FakeHost.playing(connection -> {
            connection.send(Frames.encode(stream.get(0)));
            Waiting.until(() -> sink.cursor().isPresent(), WAIT, sink::toString);
            plc.publish(alice.did, rotated.publicKey());
            connection.send(Frames.encode(stream.get(1)));
            connection.send(Frames.encode(stream.get(2)));
            connection.awaitClientGone(30);
        });

        start(Strictness.STRICT);
        Waiting.until(() -> sink.cursor().equals(Optional.of(3L)), WAIT, () -> listener.status().toString());

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 2L, 3L);
        assertThat(listener.status().counts().invalid()).isZero();
    }

    @Test
    void aReplayedCommitUnderANewSeqIsDroppedAsStale() {
        CommitMessage first = alice.post(1, "first");
        stream.addAll(List.of(first, new CommitMessage(2, false, false, first.repo(), first.commit(), first.rev(), first.since(),
                first.blocks(), first.ops(), first.blobs(), first.prevData(), first.time())));

        listen(Strictness.STRICT, 2);

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L);
        assertThat(listener.status().counts().dropped()).isEqualTo(1);
    }

    @Test
    void anAccountWithoutADidDocumentHasItsCommitsSkippedButItsAccountMessagesKept() {
        SignedRepo unknown = new SignedRepo("did:plc:unknownaaaaaaaaaaaaaaaaa");
        stream.add(unknown.post(1, "who am I"));
        stream.add(new AccountMessage(2, unknown.did, time(), false, Optional.of("deleted")));

        listen(Strictness.LENIENT, 2);

        assertThat(sink.messages()).singleElement().isInstanceOf(AccountMessage.class);
        assertThat(listener.status().counts().invalid()).isEqualTo(1);
    }

    @Test
    void aPlcDirectoryOutageIsWaitedOutNotTakenForAnInvalidCommit() {
        stream.add(alice.post(1, "first"));
        plc.failNext(1);

        listen(Strictness.STRICT, 1);

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L);
        assertThat(host.cursors()).containsExactly(Optional.of(0L), Optional.of(0L));
        assertThat(listener.status().counts().invalid()).isZero();
        assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("seq 1 from", "cannot be verified now", "503"));
    }

    private void listen(Strictness strictness, long untilCursor) {
        host = FakeHost.playing(this::replayFromCursor);
        start(strictness);
        Waiting.until(() -> sink.cursor().equals(Optional.of(untilCursor)), WAIT, () -> listener.status().toString());
    }

    private void start(Strictness strictness) {
        listener = FirehoseListener.builder(host.url(), sink, http)
                .settings(ListeningSettings.DEFAULT.withFirstCursor(0))
                .verifying(identities, strictness)
                .sleeper(new RecordingSleeper())
                .start();
    }

    private void replayFromCursor(HostConnection connection) throws IOException, InterruptedException {
        for (FirehoseMessage message : stream) {
            if (StreamFrames.seqOf(message) > connection.cursor().orElse(0L)) {
                connection.send(Frames.encode(message));
            }
        }
        connection.awaitClientGone(30);
    }

    private static Datetime time() {
        return Datetime.parse(Instant.now().toString());
    }
}
