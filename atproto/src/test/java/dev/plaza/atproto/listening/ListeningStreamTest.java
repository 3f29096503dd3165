package dev.plaza.atproto.listening;

import static dev.plaza.atproto.listening.StreamFrames.TIME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.InfoMessage;
import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One connection to a scripted host: every kind of frame, cursors, oversized frames, quiet connections, closing. */
class ListeningStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    private final InMemoryListeningSink sink = new InMemoryListeningSink();
    private FakeHost host;
    private FirehoseListener listener;

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.close();
        }
        if (host != null) {
            host.close();
        }
        http.close();
    }

    @Test
    void everyMessageTypeReachesTheSinkInStreamOrderAndWhatCannotBeReadIsCountedAndSkipped() {
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.identity(1));
            connection.send(StreamFrames.account(2, false));
            connection.sendInParts(StreamFrames.commit(3), 5);
            connection.send(StreamFrames.sync(4));
            connection.send(StreamFrames.info(InfoMessage.OUTDATED_CURSOR));
            connection.send(StreamFrames.unknown("#handle", 5));
            connection.send(new byte[] {(byte) 0xa2, 0x01});
            connection.sendText("{\"not\": \"binary\"}");
            connection.send(StreamFrames.commit(6));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> sink.cursor().equals(Optional.of(6L)), WAIT, () -> "the sink holds " + sink.messages());

        List<FirehoseMessage> stored = sink.messages();
        assertThat(stored).extracting(message -> message.getClass().getSimpleName()).containsExactly("IdentityMessage",
                "AccountMessage", "CommitMessage", "SyncMessage", "InfoMessage", "CommitMessage");
        assertThat(stored).filteredOn(message -> !(message instanceof InfoMessage)).extracting(StreamFrames::seqOf)
                .containsExactly(1L, 2L, 3L, 4L, 6L);
        assertThat(((CommitMessage) stored.get(2)).ops()).extracting(Object::toString).containsExactly("create app.bsky.feed.post/3");
        assertThat(((AccountMessage) stored.get(1)).status()).contains("deactivated");
        assertThat(((InfoMessage) stored.get(4)).name()).isEqualTo(InfoMessage.OUTDATED_CURSOR);
        assertThat(host.cursors()).containsExactly(Optional.of(0L));
        assertThat(host.upgradeTargets()).containsExactly("/xrpc/com.atproto.sync.subscribeRepos?cursor=0");

        ListeningStatus status = listener.status();
        assertThat(status.state()).isEqualTo(State.STREAMING);
        assertThat(status.cursor()).contains(6L);
        assertThat(status.counts().messages()).isEqualTo(5);
        assertThat(status.counts().stored()).isEqualTo(6);
        assertThat(status.counts().infos()).isEqualTo(1);
        assertThat(status.counts().unknown()).as("the #handle message and the text frame").isEqualTo(2);
        assertThat(status.counts().malformed()).isEqualTo(1);
        assertThat(status.counts().connections()).isEqualTo(1);
        assertThat(status.latestMessageAt()).contains(TIME.instant());
        assertThat(status.lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThan(Duration.ofDays(1)));
        assertThat(status.queueCapacity()).isEqualTo(ListeningSettings.DEFAULT.queueFrames());
    }

    @Test
    void aSinkWithACursorIsResumedFromAndSeqsNotPastItAreSkipped() {
        InMemoryListeningSink resumed = new InMemoryListeningSink(Optional.of(41L));
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.commit(40));
            connection.send(StreamFrames.commit(41));
            connection.send(StreamFrames.commit(42));
            connection.awaitClientGone(30);
        });

        listener = start(resumed, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> resumed.cursor().equals(Optional.of(42L)), WAIT, () -> "the sink holds " + resumed.messages());

        assertThat(host.cursors()).containsExactly(Optional.of(41L));
        assertThat(resumed.messages()).extracting(StreamFrames::seqOf).containsExactly(42L);
        assertThat(listener.status().counts().repeated()).isEqualTo(2);
    }

    @Test
    void withoutACursorTheListenerAsksForLiveMessagesOnly() {
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.commit(7));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT);
        Waiting.until(() -> sink.cursor().isPresent(), WAIT, () -> "the sink holds " + sink.messages());

        assertThat(host.upgradeTargets()).containsExactly("/xrpc/com.atproto.sync.subscribeRepos");
        assertThat(sink.batches()).containsExactly(new ListeningBatch(List.of(StreamFrames.commitMessage(7)), 7));
    }

    @Test
    void skippedMessagesStillMoveTheStoredCursor() {
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.commit(1));
            Waiting.until(() -> sink.cursor().isPresent(), WAIT, sink::toString);
            connection.send(StreamFrames.unknown("#someday", 2));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> sink.cursor().equals(Optional.of(2L)), WAIT, () -> "the sink holds " + sink.batches());

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L);
        assertThat(sink.batches().getLast()).isEqualTo(new ListeningBatch(List.of(), 2));
    }

    @Test
    void aFrameOverTheSizeLimitIsDiscardedAndTheStreamGoesOn() {
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.commit(1));
            connection.sendInParts(StreamFrames.bigCommit(2, 50_000), 4);
            connection.send(StreamFrames.bigCommit(3, 9_000));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0).withMaxFrameBytes(10_000));
        Waiting.until(() -> sink.cursor().equals(Optional.of(3L)), WAIT, () -> "the sink holds " + sink.messages());

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 3L);
        assertThat(((CommitMessage) sink.messages().get(1)).blocks().length()).isEqualTo(9_000);
        assertThat(listener.status().counts().oversized()).isEqualTo(1);
    }

    @Test
    void aQuietConnectionIsPingedAndGivenUpOnceItStopsAnswering() {
        HostConnection[] quiet = new HostConnection[1];
        host = FakeHost.playing(connection -> {
            quiet[0] = connection;
            connection.send(StreamFrames.commit(1));
            Thread.sleep(450);
            connection.stopAnsweringPings();
            connection.awaitClientGone(30);
        }, connection -> connection.awaitClientGone(30));
        RecordingSleeper sleeper = new RecordingSleeper();

        listener = FirehoseListener.builder(host.url(), sink, http)
                .settings(ListeningSettings.DEFAULT.withFirstCursor(0).withPingInterval(Duration.ofMillis(100)))
                .sleeper(sleeper)
                .start();
        Waiting.until(() -> host.cursors().size() == 2, WAIT, () -> "connections: " + host.cursors());

        assertThat(host.cursors()).containsExactly(Optional.of(0L), Optional.of(1L));
        assertThat(quiet[0].pingsReceived()).isGreaterThanOrEqualTo(3);
        assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("sent nothing, not even a pong").contains("taken for dead"));
    }

    @Test
    void closingStoresWhatWasHeardEndsTheConnectionAndStops() throws InterruptedException {
        HostConnection[] seen = new HostConnection[1];
        host = FakeHost.playing(connection -> {
            seen[0] = connection;
            connection.send(StreamFrames.commit(1));
            connection.awaitClientGone(30);
        });
        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> sink.cursor().isPresent(), WAIT, () -> "the sink holds " + sink.messages());

        listener.close();

        assertThat(listener.status().state()).isEqualTo(State.STOPPED);
        assertThat(seen[0].awaitClientGone(5)).as("the host saw the listener go").isTrue();
        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L);
    }

    private FirehoseListener start(ListeningSink into, ListeningSettings settings) {
        return FirehoseListener.builder(host.url(), into, http).settings(settings).sleeper(new RecordingSleeper()).start();
    }
}
