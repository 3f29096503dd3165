package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.GroupCommit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Small batches that arrive one by one and concurrently (an inbox's activities) stored with group
 * commit: whatever is waiting for a workspace goes into one {@link Ingest#ingest} transaction, so
 * a busy inbox pays for one lock, one set of statements and one commit per group, not per activity.
 * {@link #store} returns once its batch is committed.
 */
public final class GroupedIngest {

    /** Enough to amortize a transaction, few enough that a group commits within milliseconds. */
    private static final int MAX_GROUP = 256;

    private final Ingest ingest;
    private final GroupCommit<IngestBatch, Boolean> commits;

    public GroupedIngest(Ingest ingest) {
        this.ingest = requireNonNull(ingest, "ingest");
        this.commits = new GroupCommit<>("ingest", MAX_GROUP, this::write);
    }

    /** Stores {@code batch} in the workspace, with whatever else is waiting for it; returns once committed. */
    public void store(long workspaceId, IngestBatch batch) {
        commits.submit(workspaceId, batch);
    }

    private List<Boolean> write(long workspaceId, List<IngestBatch> group) {
        group.stream().collect(Collectors.groupingBy(IngestBatch::channelId, LinkedHashMap::new, Collectors.toList()))
                .values().forEach(sameChannel -> ingest.ingest(workspaceId, IngestBatch.combine(sameChannel), Progress.NONE));
        return Collections.nCopies(group.size(), true);
    }
}
