package dev.plaza.atproto.jetstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.listening.FakeHost;
import dev.plaza.atproto.listening.FirehoseListener;
import dev.plaza.atproto.listening.HostConnection;
import dev.plaza.atproto.listening.InMemoryListeningSink;
import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.atproto.listening.PeerFixture;
import dev.plaza.atproto.listening.PeerWriter;
import dev.plaza.atproto.listening.Waiting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records written on the reference PDS, heard on its firehose with Plaza's decoder, re-encoded as Jetstream events
 * and served from a loopback host, as JSON and as zstd with a dictionary: the Jetstream listener hands each over once,
 * across a dropped connection resumed by cursor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JetstreamPeerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private PeerFixture fixture;

    @BeforeAll
    void startPeer() {
        fixture = PeerFixture.start();
    }

    @AfterAll
    void stopPeer() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest(name = "compressed: {0}")
    @ValueSource(booleans = {false, true})
    void everyRecordWrittenOnThePdsIsHandedOverOnceAcrossADisconnect(boolean compressed, @TempDir Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        List<ObjectNode> events = new FirehoseToJetstream(JetstreamJson.FIRST_TIME_US).translate(heardOnTheFirehose(written));
        List<byte[]> frames = events.stream().map(JetstreamJson::bytes).toList();
        Optional<TrainedDictionary> dictionary = compressed
                ? Optional.of(TrainedDictionary.trainedOn(Stream.concat(frames.stream(), TrainedDictionary.samplePosts("pds").stream()).toList()))
                : Optional.empty();
        int half = events.size() / 2;
        long halfway = timeUs(events.get(half - 1));
        InMemoryJetstreamSink sink = new InMemoryJetstreamSink();

        try (FakeHost host = FakeHost.playing(connection -> {
            serve(connection, events.subList(0, half), dictionary);
            Waiting.until(() -> sink.cursor().equals(Optional.of(halfway)), WAIT, sink::toString);
            connection.drop();
        }, connection -> {
            serve(connection, events, dictionary);
            connection.awaitClientGone(30);
        }); JetstreamListener listener = start(host, sink, dictionary, dir)) {
            Waiting.until(() -> sink.cursor().equals(Optional.of(timeUs(events.getLast()))), WAIT,
                    () -> "the sink holds " + operations(sink.events()));

            assertThat(events).hasSizeGreaterThanOrEqualTo(written.size());
            assertThat(operations(sink.events())).containsExactlyElementsOf(written);
            assertThat(host.cursors()).containsExactly(Optional.empty(), Optional.of(halfway));
            assertThat(host.upgradeTargets()).allSatisfy(target -> assertThat(target.contains("compress=true")).isEqualTo(compressed));
            assertThat(listener.status().counts().repeated()).as("the event at the cursor, sent again").isEqualTo(1);
            assertThat(listener.status().counts().malformed()).isZero();
            assertThat(sink.events()).filteredOn(JetstreamEvent.Commit.class::isInstance).map(JetstreamEvent.Commit.class::cast)
                    .filteredOn(commit -> commit.record().isPresent()).isNotEmpty()
                    .allSatisfy(commit -> assertThat(DagCbor.cid(commit.record().orElseThrow()))
                            .as("the record read from JSON is the very record the PDS wrote").isEqualTo(commit.cid().orElseThrow()));
        }
    }

    /** The writes' operations, heard on the PDS's firehose by Plaza's firehose listener and decoder. */
    private List<FirehoseMessage> heardOnTheFirehose(List<String> written) {
        InMemoryListeningSink firehose = new InMemoryListeningSink();
        try (FirehoseListener listener = FirehoseListener.builder(fixture.peer().pdsUrl(), firehose, fixture.http()).start()) {
            Waiting.until(() -> listener.status().state() == State.STREAMING, WAIT, () -> listener.status().toString());
            written.addAll(fixture.writeAFewOfEverything("jetstream"));
            Waiting.until(() -> PeerWriter.operations(firehose.messages()).containsAll(written), WAIT,
                    () -> "heard %s, expected %s".formatted(PeerWriter.operations(firehose.messages()), written));
        }
        assertThat(PeerWriter.operations(firehose.messages())).containsExactlyElementsOf(written);
        return firehose.messages();
    }

    private JetstreamListener start(FakeHost host, InMemoryJetstreamSink sink, Optional<TrainedDictionary> dictionary, Path dir)
            throws IOException {
        JetstreamListener.Builder builder = JetstreamListener.builder(host.url(), sink, fixture.http());
        if (dictionary.isPresent()) {
            builder.compressed(ZstdDictionary.read(Files.write(dir.resolve("zstd_dictionary"), dictionary.get().bytes())));
        }
        return builder.start();
    }

    /** Sends the events from the connection's cursor on, the one at the cursor included, as Jetstream replays. */
    private static void serve(HostConnection connection, List<ObjectNode> events, Optional<TrainedDictionary> dictionary)
            throws IOException {
        long cursor = connection.cursor().orElse(0L);
        for (ObjectNode event : events) {
            if (timeUs(event) < cursor) {
                continue;
            }
            if (dictionary.isPresent()) {
                connection.send(dictionary.get().compress(JetstreamJson.bytes(event)));
            } else {
                connection.sendText(event.toString());
            }
        }
    }

    /** Record operations in the form {@link PeerWriter#written()} gives them. */
    private static List<String> operations(List<JetstreamEvent> events) {
        return events.stream().filter(JetstreamEvent.Commit.class::isInstance).map(JetstreamEvent.Commit.class::cast)
                .map(commit -> commit.operation().wireName() + " at://" + commit.did() + "/" + commit.path()
                        + commit.cid().map(cid -> " " + cid).orElse(""))
                .toList();
    }

    private static long timeUs(ObjectNode event) {
        return event.get("time_us").longValue();
    }
}
