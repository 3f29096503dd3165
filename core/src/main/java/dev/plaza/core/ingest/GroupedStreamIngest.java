package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.GroupCommit;
import dev.plaza.core.community.MatchReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The listeners of one workspace (a Jetstream, the inbox, the feeds) storing side by side through one
 * writer, with group commit: the batches waiting for a workspace are merged, those of one channel into
 * one {@link IngestBatch}, and stored in one {@link StreamIngest#ingestAll} transaction with each
 * stream's position. Ingests into a workspace take turns anyway; merged, they take one turn, one set of
 * statements and one commit instead of one each. A merged group applies its deletions after all its
 * activities, as one batch does. Each caller returns once its batch is committed, with the group's result.
 */
public final class GroupedStreamIngest implements StreamIngest {

    /** Batches are hundreds of events already: a few of them make a transaction large enough. */
    private static final int MAX_GROUP = 8;

    private final StreamIngest ingest;
    private final GroupCommit<List<StreamBatch>, IngestResult> commits;

    public GroupedStreamIngest(StreamIngest ingest) {
        this.ingest = requireNonNull(ingest, "ingest");
        this.commits = new GroupCommit<>("stream-ingest", MAX_GROUP, this::write);
    }

    @Override
    public IngestResult ingest(long workspaceId, StreamBatch batch) {
        return commits.submit(workspaceId, List.of(batch));
    }

    @Override
    public IngestResult ingestAll(long workspaceId, List<StreamBatch> batches) {
        return commits.submit(workspaceId, List.copyOf(batches));
    }

    @Override
    public Optional<Long> position(long workspaceId, String stream) {
        return ingest.position(workspaceId, stream);
    }

    private List<IngestResult> write(long workspaceId, List<List<StreamBatch>> submitted) {
        List<StreamBatch> group = submitted.stream().flatMap(List::stream).toList();
        IngestResult stored = group.size() == 1 ? ingest.ingest(workspaceId, group.getFirst())
                : ingest.ingestAll(workspaceId, merged(group));
        return Collections.nCopies(submitted.size(), stored);
    }

    /**
     * The group as one batch per channel, carrying all of that channel's identities, activities, reasons,
     * refreshed identities and deletions under its first stream, and a batch of nothing but the position
     * for each other stream. A group that names a stream twice is left as it is, so its positions keep
     * their order.
     */
    static List<StreamBatch> merged(List<StreamBatch> group) {
        Set<String> streams = new HashSet<>();
        if (!group.stream().allMatch(batch -> streams.add(batch.stream()))) {
            return group;
        }
        Map<Optional<Long>, List<StreamBatch>> byChannel = new LinkedHashMap<>();
        group.forEach(batch -> byChannel.computeIfAbsent(batch.batch().channelId(), c -> new ArrayList<>()).add(batch));
        List<StreamBatch> merged = new ArrayList<>(group.size());
        byChannel.forEach((channel, batches) -> {
            List<SeenIdentity> refreshed = new ArrayList<>();
            List<StreamBatch.Deletion> deleted = new ArrayList<>();
            Map<String, List<MatchReason>> reasons = new LinkedHashMap<>();
            for (StreamBatch batch : batches) {
                refreshed.addAll(batch.refreshed());
                deleted.addAll(batch.deleted());
                batch.reasons().forEach(reasons::putIfAbsent);
            }
            StreamBatch first = batches.getFirst();
            IngestBatch all = IngestBatch.combine(batches.stream().map(StreamBatch::batch).toList());
            merged.add(new StreamBatch(first.stream(), first.position(), all, refreshed, deleted, reasons));
            IngestBatch nothing = new IngestBatch(List.of(), List.of(), channel);
            batches.stream().skip(1).forEach(batch -> merged.add(new StreamBatch(batch.stream(), batch.position(), nothing, List.of(),
                    List.of())));
        });
        return merged;
    }
}
