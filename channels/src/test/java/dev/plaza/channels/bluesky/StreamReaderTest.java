package dev.plaza.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch.Deletion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which records heard on a stream Plaza keeps, and as what. */
class StreamReaderTest {

    private static final String BRAND = "did:plc:brandbrandbrandbrandbran";
    private static final String ALICE = "did:plc:alicealicealicealicealic";
    private static final String BOB = "did:plc:bobbobbobbobbobbobbobbob";
    private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");
    private static final Goal GOAL = new Goal(1, "", List.of("repair café"), List.of("righttorepair"), List.of("en"), List.of());

    private final StreamReader reader = new StreamReader(() -> GoalMatcher.of(GOAL, Set.of(BRAND)));

    @Test
    void postsAboutTheGoalAreKeptAndTheRestPassedOver() {
        StreamReader.Read read = read(
                post(ALICE, "3l1", "{\"text\": \"Our repair café is open\", \"langs\": [\"en\"]}"),
                post(BOB, "3l2", "{\"text\": \"Lunch was good\"}"),
                post(BOB, "3l3", "{\"text\": \"Notre repair café\", \"langs\": [\"fr\"]}"),
                post(BOB, "3l4", "{\"text\": \"look\", \"tags\": [\"RightToRepair\"]}"),
                new HeardRecord(ALICE, "app.bsky.actor.profile", "self", Optional.of(record("{\"displayName\": \"A\"}")), AT));

        assertThat(read.records()).isEqualTo(5);
        assertThat(read.matched()).isEqualTo(2);
        assertThat(read.batch().batch().activities()).extracting(IncomingActivity::uri)
                .containsExactly(uri(ALICE, "app.bsky.feed.post", "3l1"), uri(BOB, "app.bsky.feed.post", "3l4"));
        assertThat(read.batch().batch().identities()).extracting(SeenIdentity::stableId).containsExactly(ALICE, BOB);
        assertThat(read.batch().position()).isEqualTo(99);
        assertThat(read.batch().reasons()).containsOnlyKeys(uri(ALICE, "app.bsky.feed.post", "3l1"), uri(BOB, "app.bsky.feed.post", "3l4"));
        assertThat(read.batch().reasons().get(uri(BOB, "app.bsky.feed.post", "3l4")))
                .containsExactly(new MatchReason(MatchReason.Kind.HASHTAG, "righttorepair"));
        assertThat(read.batch().stream()).isEqualTo("test-stream");
    }

    @Test
    void repliesQuotesMentionsLikesRepostsAndFollowsOfTheBrandAreKeptWhateverTheirWords() {
        String brandPost = uri(BRAND, "app.bsky.feed.post", "3kb");
        String strongRef = "{\"uri\": \"%s\", \"cid\": \"bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm\"}".formatted(brandPost);
        StreamReader.Read read = read(
                post(ALICE, "3l1", "{\"text\": \"deep in the thread\", \"reply\": {\"root\": %s, \"parent\": %s}}"
                        .formatted(strongRef, strongRef.replace(BRAND + "/app.bsky.feed.post/3kb", BOB + "/app.bsky.feed.post/3kc"))),
                post(BOB, "3l2", "{\"text\": \"see this\", \"embed\": {\"$type\": \"app.bsky.embed.record\", \"record\": %s}}"
                        .formatted(strongRef)),
                post(BOB, "3l3", ("{\"text\": \"hi @brand.test\", \"facets\": [{\"index\": {\"byteStart\": 3, \"byteEnd\": 14},"
                        + " \"features\": [{\"$type\": \"app.bsky.richtext.facet#mention\", \"did\": \"%s\"}]}]}").formatted(BRAND)),
                new HeardRecord(ALICE, "app.bsky.feed.like", "3l4", Optional.of(record(
                        "{\"subject\": %s, \"createdAt\": \"2026-06-01T12:00:00Z\"}".formatted(strongRef))), AT),
                new HeardRecord(BOB, "app.bsky.feed.repost", "3l5", Optional.of(record(
                        "{\"subject\": %s, \"createdAt\": \"2026-06-01T12:00:00Z\"}".formatted(strongRef))), AT),
                new HeardRecord(ALICE, "app.bsky.graph.follow", "3l6", Optional.of(record(
                        "{\"subject\": \"%s\", \"createdAt\": \"2026-06-01T12:00:00Z\"}".formatted(BRAND))), AT),
                new HeardRecord(ALICE, "app.bsky.graph.follow", "3l7", Optional.of(record(
                        "{\"subject\": \"%s\", \"createdAt\": \"2026-06-01T12:00:00Z\"}".formatted(BOB))), AT));

        assertThat(read.batch().batch().activities()).extracting(IncomingActivity::kind)
                .containsExactly(ActivityKind.REPLY, ActivityKind.POST, ActivityKind.POST, ActivityKind.LIKE,
                        ActivityKind.REPOST, ActivityKind.FOLLOW);
        IncomingActivity reply = read.batch().batch().activities().getFirst();
        assertThat(reply.threadRootUri()).hasValue(brandPost);
        assertThat(read.batch().batch().activities().get(1).targetUri()).hasValue(brandPost);
        assertThat(read.batch().batch().identities()).extracting(SeenIdentity::stableId).containsExactly(ALICE, BOB, BRAND);
    }

    @Test
    void deletesAreKeptAsDeletionsAndHandlesAsRefreshes() {
        StreamReader.Read read = reader.read("test-stream", 7, List.of(
                        new HeardRecord(ALICE, "app.bsky.feed.post", "3l1", Optional.empty(), AT),
                        new HeardRecord(ALICE, "app.bsky.actor.profile", "self", Optional.empty(), AT)),
                List.of(new HeardHandle(ALICE, "alice.example")));

        assertThat(read.batch().deleted()).containsExactly(new Deletion(uri(ALICE, "app.bsky.feed.post", "3l1"), ALICE, AT));
        assertThat(read.batch().refreshed()).singleElement().satisfies(identity -> {
            assertThat(identity.handle()).isEqualTo("alice.example");
            assertThat(identity.displayName()).as("a name the stream does not tell stays as it is").isEqualTo(ALICE);
        });
    }

    @Test
    void aMalformedRecordIsCountedAndTheBatchGoesOn() {
        StreamReader.Read read = read(
                new HeardRecord(ALICE, "app.bsky.feed.like", "3l1", Optional.of(record("{\"subject\": \"not a ref\"}")), AT),
                new HeardRecord(ALICE, "app.bsky.feed.post", "3l2", Optional.of(record("{\"$type\": \"app.bsky.feed.like\"}")), AT),
                post(BOB, "3l3", "{\"text\": \"repair café tonight\"}"));

        assertThat(read.unreadable()).isEqualTo(2);
        assertThat(read.matched()).isEqualTo(1);
    }

    @Test
    void aGoalChangedInSettingsAppliesFromTheNextBatch() {
        Goal[] goal = {GOAL};
        StreamReader changing = new StreamReader(() -> GoalMatcher.of(goal[0], Set.of(BRAND)));
        HeardRecord lunch = post(BOB, "3l2", "{\"text\": \"Lunch was good\"}");
        assertThat(changing.read("s", 1, List.of(lunch), List.of()).matched()).isZero();

        goal[0] = new Goal(1, "", List.of("lunch"), List.of(), List.of(), List.of());

        assertThat(changing.read("s", 2, List.of(lunch), List.of()).matched()).isEqualTo(1);
    }

    @Test
    void aPostThatDeclaresNoLanguageIsStoredInTheDetectedOneAndItsReasonsSaySo() {
        StreamReader detecting = new StreamReader(() -> GoalMatcher.of(GOAL, Set.of(BRAND),
                text -> text.contains("Our") ? Optional.of("en") : Optional.of("de")));
        StreamReader.Read read = detecting.read("s", 1, List.of(
                post(ALICE, "3l1", "{\"text\": \"Our repair café is open\"}"),
                post(BOB, "3l2", "{\"text\": \"Unser repair café ist offen\"}"),
                post(BOB, "3l3", "{\"text\": \"Unser repair café, declared English\", \"langs\": [\"en\"]}")), List.of());

        assertThat(read.batch().batch().activities()).extracting(IncomingActivity::uri, IncomingActivity::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(uri(ALICE, "app.bsky.feed.post", "3l1"), Optional.of("en")),
                        org.assertj.core.groups.Tuple.tuple(uri(BOB, "app.bsky.feed.post", "3l3"), Optional.of("en")));
        assertThat(read.batch().reasons().get(uri(ALICE, "app.bsky.feed.post", "3l1")))
                .containsExactly(new MatchReason(MatchReason.Kind.KEYWORD, "repair café"),
                        new MatchReason(MatchReason.Kind.LANGUAGE_DETECTED, "en"));
        assertThat(read.batch().reasons().get(uri(BOB, "app.bsky.feed.post", "3l3")))
                .containsExactly(new MatchReason(MatchReason.Kind.KEYWORD, "repair café"));
    }

    private StreamReader.Read read(HeardRecord... records) {
        return reader.read("test-stream", 99, List.of(records), List.of());
    }

    private static HeardRecord post(String did, String rkey, String json) {
        DagValue.Map record = record(json.replaceFirst("\\{", "{\"\\$type\": \"app.bsky.feed.post\", \"createdAt\": \"2026-06-01T12:00:00Z\", "));
        return new HeardRecord(did, "app.bsky.feed.post", rkey, Optional.of(record), AT);
    }

    private static DagValue.Map record(String json) {
        try {
            return DataModelJson.toObject(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uri(String did, String collection, String rkey) {
        return "at://" + did + "/" + collection + "/" + rkey;
    }
}
