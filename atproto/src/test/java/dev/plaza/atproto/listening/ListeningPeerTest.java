package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.InfoMessage;
import dev.plaza.atproto.firehose.Strictness;
import dev.plaza.atproto.firehose.SyncMessage;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.net.GuardedHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reference PDS's firehose, listened to: every record written is heard once, verified, and resumed from a cursor. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListeningPeerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private PeerFixture fixture;
    private AtprotoPeer peer;
    private GuardedHttpClient http;

    @BeforeAll
    void startPeer() {
        fixture = PeerFixture.start();
        peer = fixture.peer();
        http = fixture.http();
    }

    @AfterAll
    void stopPeer() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyPostLikeRepostFollowAndDeleteWrittenWhileListeningIsHeardOnce() {
        InMemoryListeningSink sink = new InMemoryListeningSink();
        try (FirehoseListener listener = FirehoseListener.builder(peer.pdsUrl(), sink, http).start()) {
            Waiting.until(() -> listener.status().state() == State.STREAMING, WAIT, () -> listener.status().toString());
            List<String> expected = writeAFewOfEverything("live");

            awaitOperations(sink, expected);

            assertThat(PeerWriter.operations(sink.messages())).containsExactlyElementsOf(expected);
            assertStrictlyIncreasingSeqs(sink.messages());
            assertThat(listener.status().counts().invalid()).isZero();
            assertThat(listener.status().lag()).hasValueSatisfying(lag -> assertThat(lag).isLessThan(Duration.ofMinutes(1)));
        }
    }

    @Test
    void fullVerificationAcceptsEveryRealCommitFromTheBeginningOfTheStream() {
        List<String> expected = writeAFewOfEverything("verified");
        IdentityResolver identities = new IdentityResolver(http, IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl()),
                Clock.systemUTC());
        InMemoryListeningSink verified = new InMemoryListeningSink();
        InMemoryListeningSink decoded = new InMemoryListeningSink();
        ListeningSettings fromTheBeginning = ListeningSettings.DEFAULT.withFirstCursor(0);
        // LENIENT: a repository's first commit comes without prevData, which STRICT asks of every commit
        try (FirehoseListener checking = FirehoseListener.builder(peer.pdsUrl(), verified, http)
                .settings(fromTheBeginning).verifying(identities, Strictness.LENIENT).start();
             FirehoseListener decoding = FirehoseListener.builder(peer.pdsUrl(), decoded, http).settings(fromTheBeginning).start()) {
            awaitOperations(verified, expected);
            Waiting.until(() -> decoded.cursor().equals(verified.cursor()), WAIT, () -> decoding.status().toString());

            ListeningStatus status = checking.status();
            List<FirehoseMessage> leftOut = decoded.messages().stream().filter(m -> !verified.messages().contains(m)).toList();
            assertThat(status.counts().invalid()).isZero();
            assertThat(verified.messages()).filteredOn(CommitMessage.class::isInstance)
                    .containsExactlyElementsOf(decoded.messages().stream().filter(CommitMessage.class::isInstance).toList());
            // a new account's #sync repeats the rev of its first commit: nothing new, so a consumer leaves it out
            assertThat(leftOut).hasSize((int) status.counts().dropped()).allSatisfy(message -> assertThat(message)
                    .isInstanceOfSatisfying(SyncMessage.class, sync -> assertThat(decoded.messages()).anySatisfy(earlier ->
                            assertThat(earlier).isInstanceOfSatisfying(CommitMessage.class, commit ->
                                    assertThat(commit.rev()).isEqualTo(sync.rev())))));
            assertThat(verified.messages()).filteredOn(IdentityMessage.class::isInstance).isNotEmpty();
            assertThat(PeerWriter.operations(verified.messages())).containsAll(expected);
            assertStrictlyIncreasingSeqs(verified.messages());
        }
    }

    @Test
    void aListenerStartedAgainResumesFromTheStoredCursorWithNothingLostOrRepeated() {
        InMemoryListeningSink sink = new InMemoryListeningSink();
        List<String> before;
        try (FirehoseListener first = FirehoseListener.builder(peer.pdsUrl(), sink, http).start()) {
            Waiting.until(() -> first.status().state() == State.STREAMING, WAIT, () -> first.status().toString());
            before = writeAFewOfEverything("before");
            awaitOperations(sink, before);
        }
        long stoppedAt = sink.cursor().orElseThrow();
        List<String> meanwhile = writeAFewOfEverything("meanwhile");

        try (FirehoseListener second = FirehoseListener.builder(peer.pdsUrl(), sink, http).start()) {
            List<String> after = writeAFewOfEverything("after");
            awaitOperations(sink, after);

            List<String> all = Stream.of(before, meanwhile, after).flatMap(List::stream).toList();
            assertThat(PeerWriter.operations(sink.messages())).containsExactlyElementsOf(all);
            assertStrictlyIncreasingSeqs(sink.messages());
            assertThat(sink.batches()).filteredOn(batch -> batch.cursor() > stoppedAt).first()
                    .satisfies(batch -> assertThat(StreamFrames.seqOf(batch.messages().getFirst())).isEqualTo(stoppedAt + 1));
            assertThat(second.status().counts().repeated()).isZero();
        }
    }

    @Test
    void aCursorPastTheHostsLatestIsRefusedAsFutureCursorAndKept() {
        InMemoryListeningSink ahead = new InMemoryListeningSink(Optional.of(1_000_000_000L));
        RecordingSleeper sleeper = new RecordingSleeper();
        try (FirehoseListener listener = FirehoseListener.builder(peer.pdsUrl(), ahead, http).sleeper(sleeper).start()) {
            Waiting.until(() -> !sleeper.waits().isEmpty(), WAIT, () -> listener.status().toString());

            assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                    .contains("refused the cursor 1000000000 as in its future", "FutureCursor"));
            assertThat(sleeper.waits().getFirst()).isEqualTo(Backoff.DEFAULT.max());
            assertThat(ahead.batches()).isEmpty();
            assertThat(listener.status().counts().errorFrames()).isPositive();
        }
    }

    private List<String> writeAFewOfEverything(String label) {
        return fixture.writeAFewOfEverything(label);
    }

    private static void awaitOperations(InMemoryListeningSink sink, List<String> expected) {
        Waiting.until(() -> PeerWriter.operations(sink.messages()).containsAll(expected), WAIT,
                () -> "heard %s, expected %s".formatted(PeerWriter.operations(sink.messages()), expected));
    }

    private static void assertStrictlyIncreasingSeqs(List<FirehoseMessage> messages) {
        List<Long> seqs = messages.stream().filter(message -> !(message instanceof InfoMessage)).map(StreamFrames::seqOf).toList();
        assertThat(seqs).isNotEmpty().isSorted().doesNotHaveDuplicates();
    }
}
