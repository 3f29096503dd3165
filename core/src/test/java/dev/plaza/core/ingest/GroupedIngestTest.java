package dev.plaza.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupedIngestTest {

    private static final SeenIdentity ANA_AS_AUTHOR =
            SeenIdentity.of(Platform.FEDIVERSE, "https://a.example/users/ana", "@ana@a.example", "Ana Lima", Optional.empty());
    private static final SeenIdentity ANA_AS_MENTIONED =
            SeenIdentity.of(Platform.FEDIVERSE, "https://a.example/users/ana", "@ana", "@ana", Optional.empty());
    private static final SeenIdentity BO =
            SeenIdentity.of(Platform.FEDIVERSE, "https://b.example/users/bo", "@bo@b.example", "Bo", Optional.empty());

    @Test
    void combiningKeepsEveryActivityAndEachIdentityOnceAsItsAuthorDescribedIt() {
        IngestBatch mention = new IngestBatch(List.of(BO, ANA_AS_MENTIONED), List.of(post("1", BO, ANA_AS_MENTIONED)), Optional.empty());
        IngestBatch own = new IngestBatch(List.of(ANA_AS_AUTHOR), List.of(post("2", ANA_AS_AUTHOR)), Optional.empty());
        IngestBatch later = new IngestBatch(List.of(BO, ANA_AS_MENTIONED), List.of(post("3", BO, ANA_AS_MENTIONED)), Optional.empty());

        IngestBatch combined = IngestBatch.combine(List.of(mention, own, later));

        assertThat(combined.activities()).extracting(IncomingActivity::uri)
                .containsExactly("https://x.example/1", "https://x.example/2", "https://x.example/3");
        assertThat(combined.identities()).containsExactly(BO, ANA_AS_AUTHOR);
    }

    @Test
    void eachBatchReachesTheIngestInItsWorkspaceWithItsChannel() {
        List<String> ingests = new ArrayList<>();
        GroupedIngest grouped = new GroupedIngest((workspace, batch, progress) -> {
            ingests.add(workspace + ":" + batch.channelId().map(String::valueOf).orElse("-") + ":" + batch.activities().size());
            return IngestResult.NOTHING;
        });
        grouped.store(4, new IngestBatch(List.of(BO), List.of(post("1", BO)), Optional.empty()));
        grouped.store(4, new IngestBatch(List.of(BO), List.of(post("2", BO)), Optional.of(9L)));

        assertThat(ingests).containsExactly("4:-:1", "4:9:1");
    }

    private static IncomingActivity post(String id, SeenIdentity author, SeenIdentity... mentioned) {
        return new IncomingActivity("https://x.example/" + id, ActivityKind.POST, author.key(), Instant.parse("2026-11-21T10:00:00Z"),
                "hello", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(mentioned).stream().map(SeenIdentity::key).toList(), Optional.empty());
    }
}
