package dev.plaza.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupedStreamIngestTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final SeenIdentity BO =
            SeenIdentity.of(Platform.FEDIVERSE, "https://b.example/users/bo", "@bo@b.example", "Bo", Optional.empty());
    private static final SeenIdentity CY = SeenIdentity.of(Platform.BLUESKY, "did:plc:cy", "cy.test", "Cy", Optional.empty());

    @Test
    void batchesOfOneChannelBecomeOneWithEveryStreamsPosition() {
        StreamBatch inbox = new StreamBatch("activitypub", 7, new IngestBatch(List.of(BO), List.of(post("1", BO)), Optional.empty()),
                List.of(), List.of(new StreamBatch.Deletion("https://x.example/0", BO.stableId(), AT)),
                Map.of("https://x.example/1", List.of(new MatchReason(MatchReason.Kind.KEYWORD, "release"))));
        StreamBatch jetstream = new StreamBatch("jetstream", 1_700, new IngestBatch(List.of(CY), List.of(post("2", CY)), Optional.empty()),
                List.of(CY), List.of(), Map.of("https://x.example/2", List.of(new MatchReason(MatchReason.Kind.HASHTAG, "opensource"))));
        StreamBatch feed = new StreamBatch("feed:9", 99, new IngestBatch(List.of(BO), List.of(post("3", BO)), Optional.of(9L)),
                List.of(), List.of());

        List<StreamBatch> merged = GroupedStreamIngest.merged(List.of(inbox, jetstream, feed));

        assertThat(merged).extracting(StreamBatch::stream, StreamBatch::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("activitypub", 7L), org.assertj.core.groups.Tuple.tuple("jetstream", 1_700L),
                org.assertj.core.groups.Tuple.tuple("feed:9", 99L));
        StreamBatch all = merged.getFirst();
        assertThat(all.batch().activities()).extracting(IncomingActivity::uri).containsExactly("https://x.example/1", "https://x.example/2");
        assertThat(all.batch().identities()).containsExactly(BO, CY);
        assertThat(all.reasons()).containsOnlyKeys("https://x.example/1", "https://x.example/2");
        assertThat(all.deleted()).hasSize(1);
        assertThat(all.refreshed()).containsExactly(CY);
        assertThat(merged.get(1).batch().activities()).as("the jetstream's content went with the first batch").isEmpty();
        assertThat(merged.get(1).reasons()).isEmpty();
        assertThat(merged.get(2)).as("another channel stays on its own").isEqualTo(feed);
    }

    @Test
    void aGroupNamingAStreamTwiceKeepsItsOrder() {
        StreamBatch first = new StreamBatch("jetstream", 1, new IngestBatch(List.of(CY), List.of(post("1", CY)), Optional.empty()),
                List.of(), List.of());
        StreamBatch second = new StreamBatch("jetstream", 2, new IngestBatch(List.of(CY), List.of(post("2", CY)), Optional.empty()),
                List.of(), List.of());

        assertThat(GroupedStreamIngest.merged(List.of(first, second))).containsExactly(first, second);
    }

    @Test
    void eachCallerReturnsOnceItsBatchIsStored() {
        List<String> stored = new ArrayList<>();
        StreamIngest store = new StreamIngest() {
            @Override
            public IngestResult ingest(long workspaceId, StreamBatch batch) {
                stored.add(workspaceId + ":" + batch.stream() + "@" + batch.position());
                return new IngestResult(batch.batch().activities().size(), 0, 0, 0);
            }

            @Override
            public Optional<Long> position(long workspaceId, String stream) {
                return Optional.empty();
            }
        };
        GroupedStreamIngest grouped = new GroupedStreamIngest(store);

        assertThat(grouped.ingest(4, new StreamBatch("jetstream", 5, new IngestBatch(List.of(CY), List.of(post("1", CY)),
                Optional.empty()), List.of(), List.of())).activities()).isEqualTo(1);
        grouped.ingestAll(4, List.of(new StreamBatch("feed:1", 6, new IngestBatch(List.of(), List.of(), Optional.of(1L)), List.of(),
                List.of()), new StreamBatch("feed:2", 7, new IngestBatch(List.of(), List.of(), Optional.of(2L)), List.of(), List.of())));

        assertThat(stored).containsExactly("4:jetstream@5", "4:feed:1@6", "4:feed:2@7");
    }

    private static IncomingActivity post(String id, SeenIdentity author) {
        return new IncomingActivity("https://x.example/" + id, ActivityKind.POST, author.key(), AT, "hello", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
