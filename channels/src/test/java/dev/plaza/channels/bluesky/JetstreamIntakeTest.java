package dev.plaza.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.jetstream.JetstreamBatch;
import dev.plaza.atproto.jetstream.JetstreamEvent;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a Jetstream listener hands over, stored once with its time_us cursor. */
class JetstreamIntakeTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String ALICE = "did:plc:alicealicealicealicealic";
    private static final long T = 1_780_000_000_123_456L;
    private static final Goal GOAL = new Goal(0, "", List.of("repair café"), List.of(), List.of(), List.of());

    @Test
    void commitsAboutTheGoalAreStoredOnceWithTheCursorAndDeletesAndRenamesApplied() {
        long w = db.newWorkspace().id();
        JetstreamIntake intake = new JetstreamIntake(db.store().streams(), ListeningCores.unlimited(), w, JetstreamIntake.streamName(
                java.net.URI.create("wss://jetstream.example/subscribe")), new StreamReader(() -> GoalMatcher.of(GOAL, Set.of())),
                HandleLookup.NONE);
        List<JetstreamEvent> events = List.of(
                create(T, "3kali1", "{\"text\": \"Our repair café is open\"}"),
                create(T + 1, "3kali2", "{\"text\": \"unrelated\"}"),
                new JetstreamEvent.Unknown("future-kind", T + 2));

        intake.store(new JetstreamBatch(events, T + 2));
        intake.store(new JetstreamBatch(events, T + 2));

        assertThat(intake.cursor()).hasValue(T + 2);
        assertThat(intake.counts().records()).isEqualTo(4);
        Activity post = db.store().activities().findByUri(w, "at://" + ALICE + "/app.bsky.feed.post/3kali1").orElseThrow();
        assertThat(post.at()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
        assertThat(db.store().activities().totals(w).activities()).isEqualTo(1);

        intake.store(new JetstreamBatch(List.of(
                new JetstreamEvent.Commit(Did.parse(ALICE), T + 3, "3kaaaaaaaaaa3", RepoOp.Action.DELETE,
                        Nsid.parse("app.bsky.feed.post"), RecordKey.parse("3kali1"), Optional.empty(), Optional.empty()),
                new JetstreamEvent.Identity(Did.parse(ALICE), T + 4, Optional.of(Handle.parse("alice.example")), 9,
                        Datetime.parse("2026-06-01T12:00:00.000Z"))), T + 4));

        assertThat(intake.cursor()).as("waits for the batch stored behind the listener").hasValue(T + 4);
        assertThat(db.store().activities().findByUri(w, post.uri()).orElseThrow().text()).isEmpty();
        assertThat(db.store().people().identities(w, PageRequest.first(5)).items()).extracting(Identity::handle)
                .containsExactly("alice.example");
    }

    private static JetstreamEvent.Commit create(long timeUs, String rkey, String json) {
        DagValue.Map record = record(json.replaceFirst("\\{",
                "{\"\\$type\": \"app.bsky.feed.post\", \"createdAt\": \"2026-06-01T12:00:00Z\", "));
        return new JetstreamEvent.Commit(Did.parse(ALICE), timeUs, "3kaaaaaaaaaa2", RepoOp.Action.CREATE,
                Nsid.parse("app.bsky.feed.post"), RecordKey.parse(rkey), Optional.of(record), Optional.of(DagCbor.cid(record)));
    }

    private static DagValue.Map record(String json) {
        try {
            return DataModelJson.toObject(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
