package dev.plaza.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.listening.ListeningBatch;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a firehose listener hands over, stored: once, with its cursor, threaded, named. */
class FirehoseIntakeTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String BRAND = "did:plc:brandbrandbrandbrandbran";
    private static final String ALICE = "did:plc:alicealicealicealicealic";
    private static final String BOB = "did:plc:bobbobbobbobbobbobbobbob";
    private static final Datetime TIME = Datetime.parse("2026-06-01T12:00:00.000Z");
    private static final Goal GOAL = new Goal(0, "", List.of("repair café"), List.of(), List.of(), List.of());

    private final Map<String, String> handles = new java.util.HashMap<>(Map.of(ALICE, "alice.example"));
    private final List<String> forgotten = new ArrayList<>();
    private final HandleLookup lookup = new HandleLookup() {
        @Override
        public Optional<String> handleOf(String did) {
            return Optional.ofNullable(handles.get(did));
        }

        @Override
        public void forget(String did) {
            forgotten.add(did);
        }
    };

    @Test
    void aBatchHeardTwiceIsStoredOnceWithItsCursorAndItsRepliesThreaded() {
        long w = db.newWorkspace().id();
        FirehoseIntake intake = intake(w);
        String root = "at://" + BRAND + "/app.bsky.feed.post/3kroot";
        List<FirehoseMessage> messages = List.of(
                commit(1, BRAND, "3kroot", "{\"text\": \"Our repair café opens today\"}"),
                commit(2, BOB, "3kbob1", "{\"text\": \"nothing to see\"}"),
                commit(3, ALICE, "3kali1", ("{\"text\": \"Where is it?\", \"reply\": {\"root\": {\"uri\": \"%s\", \"cid\": \"%s\"},"
                        + " \"parent\": {\"uri\": \"%1$s\", \"cid\": \"%2$s\"}}}").formatted(root, CID)));

        assertThat(intake.cursor()).isEmpty();
        intake.store(new ListeningBatch(messages, 3));
        intake.store(new ListeningBatch(messages, 3));

        assertThat(intake.cursor()).hasValue(3L);
        assertThat(intake.counts().matched()).isEqualTo(4);
        List<Conversation> conversations = db.store().conversations().list(w, Optional.empty(), PageRequest.first(5)).items();
        assertThat(conversations).singleElement().satisfies(c -> assertThat(c.rootUri()).isEqualTo(root));
        assertThat(db.store().conversations().thread(w, conversations.getFirst().id())).extracting(Activity::text)
                .containsExactly("Our repair café opens today", "Where is it?");
        assertThat(identities(w)).extracting(Identity::stableId, Identity::handle).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(BRAND, BRAND), org.assertj.core.groups.Tuple.tuple(ALICE, "alice.example"));
    }

    @Test
    void anUnreadableCommitIsCountedAndTheRestOfItsBatchStored() {
        long w = db.newWorkspace().id();
        FirehoseIntake intake = intake(w);
        CommitMessage good = commit(7, ALICE, "3kali2", "{\"text\": \"repair café on Sunday\"}");
        CommitMessage lacking = new CommitMessage(8, false, false, Did.parse(BOB), good.commit(), "3kaaaaaaaaaa2",
                Optional.empty(), good.blocks(), List.of(RepoOp.create("app.bsky.feed.post/3kbob9", block("{\"text\": \"x\"}").cid())),
                List.of(), Optional.empty(), TIME);

        intake.store(new ListeningBatch(List.of(lacking, good), 8));

        assertThat(intake.cursor()).hasValue(8L);
        assertThat(intake.counts().unreadable()).isEqualTo(1);
        assertThat(db.store().activities().findByUri(w, "at://" + ALICE + "/app.bsky.feed.post/3kali2")).isPresent();
    }

    @Test
    void aNewHandleRenamesAKnownAccountAndForgetsWhatWasLookedUp() {
        long w = db.newWorkspace().id();
        FirehoseIntake intake = intake(w);
        intake.store(new ListeningBatch(List.of(commit(1, ALICE, "3kali1", "{\"text\": \"repair café!\"}")), 1));

        intake.store(new ListeningBatch(List.of(new IdentityMessage(2, Did.parse(ALICE), TIME, Optional.of(Handle.parse("alice.new.example"))),
                new IdentityMessage(3, Did.parse(BOB), TIME, Optional.of(Handle.parse("bob.example")))), 3));

        assertThat(intake.cursor()).hasValue(3L);
        assertThat(identities(w)).extracting(Identity::stableId, Identity::handle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALICE, "alice.new.example"));
        assertThat(forgotten).containsExactly(ALICE, BOB);
    }

    private FirehoseIntake intake(long workspace) {
        return new FirehoseIntake(db.store().streams(), ListeningCores.unlimited(), workspace, "test-firehose",
                new StreamReader(() -> GoalMatcher.of(GOAL, Set.of(BRAND))), lookup);
    }

    private static final String CID = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";

    /** A #commit that creates one post: the slice carries the record (no tree: nothing here verifies). */
    private static CommitMessage commit(long seq, String did, String rkey, String json) {
        Block record = block(json);
        Block commit = Block.of(new DagValue.Map(Map.of("did", new DagValue.Text(did))));
        byte[] slice = CarWriter.toBytes(List.of(commit.cid()), List.of(commit, record));
        return new CommitMessage(seq, false, false, Did.parse(did), commit.cid(), "3kaaaaaaaaaa2", Optional.empty(),
                DagValue.Bytes.of(slice), List.of(RepoOp.create("app.bsky.feed.post/" + rkey, record.cid())), List.of(),
                Optional.empty(), TIME);
    }

    private static Block block(String json) {
        String typed = json.replaceFirst("\\{", "{\"\\$type\": \"app.bsky.feed.post\", \"createdAt\": \"2026-06-01T12:00:00Z\", ");
        try {
            return Block.of(DataModelJson.toObject(new ObjectMapper().readTree(typed)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Identity> identities(long w) {
        return db.store().people().identities(w, PageRequest.first(10)).items();
    }
}
