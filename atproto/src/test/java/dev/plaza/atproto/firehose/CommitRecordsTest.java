package dev.plaza.atproto.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitRecordsTest {

    private final TestRepo repo = new TestRepo("did:plc:commitrecordsrepo");

    @Test
    void createsAndUpdatesComeWithTheirRecordsAndDeletesWithout() {
        repo.create("app.bsky.feed.post/3kaaaaaaaaaa2", TestRepo.post("first"));
        repo.create("app.bsky.feed.post/3kaaaaaaaaab2", TestRepo.post("second"));
        TestRepo.Step step = repo.commit(Map.of("app.bsky.feed.post/3kaaaaaaaaaa2", TestRepo.post("first, edited"),
                "app.bsky.feed.like/3kaaaaaaaaac2", TestRepo.post("a new one")), List.of("app.bsky.feed.post/3kaaaaaaaaab2"));

        List<CommitRecords.Written> written = CommitRecords.of(step.message(3));

        assertThat(written).hasSize(3);
        assertThat(written).filteredOn(w -> w.action() == RepoOp.Action.UPDATE).singleElement().satisfies(w -> {
            assertThat(w.collection()).isEqualTo("app.bsky.feed.post");
            assertThat(w.rkey()).isEqualTo("3kaaaaaaaaaa2");
            assertThat(w.record().flatMap(r -> r.text("text"))).hasValue("first, edited");
        });
        assertThat(written).filteredOn(w -> w.action() == RepoOp.Action.CREATE).singleElement()
                .satisfies(w -> assertThat(w.record().flatMap(r -> r.text("text"))).hasValue("a new one"));
        assertThat(written).filteredOn(w -> w.action() == RepoOp.Action.DELETE).singleElement().satisfies(w -> {
            assertThat(w.rkey()).isEqualTo("3kaaaaaaaaab2");
            assertThat(w.record()).isEmpty();
        });
    }

    @Test
    void aRecordTheSliceLacksIsRefusedWithItsOpNamed() {
        TestRepo.Step step = repo.create("app.bsky.feed.post/3kaaaaaaaaaa2", TestRepo.post("first"));
        CommitMessage full = step.message(1);
        List<Block> withoutRecord = new ArrayList<>();
        withoutRecord.add(Block.of(step.commit().cid(), step.commit().encode()));
        step.treeNodes().forEach((cid, bytes) -> withoutRecord.add(Block.of(cid, bytes)));
        CommitMessage lacking = step.message(1, CarWriter.toBytes(List.of(step.commit().cid()), withoutRecord));

        assertThat(CommitRecords.of(full)).hasSize(1);
        assertThatThrownBy(() -> CommitRecords.of(lacking)).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("lacks the record").hasMessageContaining("create app.bsky.feed.post/3kaaaaaaaaaa2");
    }

    @Test
    void aDeleteOnlyCommitNeedsNoBlocksRead() {
        CommitMessage deleteOnly = new CommitMessage(1, false, false, dev.plaza.atproto.syntax.Did.parse("did:plc:x"),
                TestRepo.cidOf(TestRepo.post("c")), "3kaaaaaaaaaa2", Optional.empty(), DagValue.Bytes.of(new byte[0]),
                List.of(RepoOp.delete("app.bsky.feed.post/3kaaaaaaaaaa2", Optional.empty())), List.of(), Optional.empty(),
                TestRepo.TIME);

        assertThat(CommitRecords.of(deleteOnly)).singleElement().satisfies(w -> assertThat(w.record()).isEmpty());
    }
}
