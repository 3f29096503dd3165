package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.ingest.Ingest;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.core.community.MatchReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a batch in one transaction. Ingests into one workspace take turns (an advisory lock), so
 * two imports of the same archive at once still store each activity once.
 */
final class PgIngest implements Ingest, StreamIngest {

    private final Jdbi jdbi;
    private final StoreCaches caches;
    private final IdBlocks ids;
    private final PlannerStatistics statistics;

    PgIngest(Jdbi jdbi, StoreCaches caches, IdBlocks ids) {
        this.jdbi = jdbi;
        this.caches = caches;
        this.ids = ids;
        this.statistics = new PlannerStatistics(jdbi);
    }

    @Override
    public IngestResult ingest(long workspaceId, IngestBatch batch, Progress progress) {
        BatchCheck.requireConsistent(batch);
        IngestResult result = jdbi.inTransaction(h -> {
            Locks.ingestExisting(h, workspaceId).orElseThrow(() -> new NotFoundException("workspace", workspaceId));
            return new IngestRun(h, workspaceId, batch, ids, progress).run();
        });
        stored(workspaceId, result);
        blocksMayHaveChanged(batch);
        return result;
    }

    @Override
    public IngestResult ingest(long workspaceId, StreamBatch stream) {
        return ingest(workspaceId, stream, h -> { });
    }

    /** As {@link #ingest(long, StreamBatch)}, and {@code alsoWrite} in the same transaction. */
    IngestResult ingest(long workspaceId, StreamBatch stream, Consumer<Handle> alsoWrite) {
        BatchCheck.requireConsistent(stream.batch());
        IngestResult result = jdbi.inTransaction(h -> {
            commitWithoutWaitingForTheDisk(h);
            IngestResult stored = write(h, workspaceId, stream);
            alsoWrite.accept(h);
            return stored;
        });
        stored(workspaceId, result);
        blocksMayHaveChanged(stream.batch());
        return result;
    }

    @Override
    public IngestResult ingestAll(long workspaceId, List<StreamBatch> streams) {
        streams.forEach(stream -> BatchCheck.requireConsistent(stream.batch()));
        IngestResult result = jdbi.inTransaction(h -> {
            commitWithoutWaitingForTheDisk(h);
            return namesEachStreamOnce(streams) ? writeTogether(h, workspaceId, streams)
                    : streams.stream().map(stream -> write(h, workspaceId, stream)).reduce(IngestResult.NOTHING, IngestResult::plus);
        });
        stored(workspaceId, result);
        streams.forEach(stream -> blocksMayHaveChanged(stream.batch()));
        return result;
    }

    /**
     * A stream batch is stored with the position its source can be read again from, so its commit need not
     * wait for the write-ahead log to reach the disk: if the machine fails in the fraction of a second before
     * it does, the batch and its position are gone together, and the listener hears the batch again from the
     * position stored before. The commits of everything else (imports, the inbox, the team's own writes) still
     * wait.
     */
    private static void commitWithoutWaitingForTheDisk(Handle h) {
        h.execute("SET LOCAL synchronous_commit = off");
    }

    private static boolean namesEachStreamOnce(List<StreamBatch> streams) {
        return streams.stream().map(StreamBatch::stream).distinct().count() == streams.size();
    }

    private IngestResult write(Handle h, long workspaceId, StreamBatch stream) {
        return writeTogether(h, workspaceId, List.of(stream));
    }

    /**
     * The batches of several streams as one run, whatever their channels: one set of statements for a
     * feed listener's twenty polls, not twenty. Deletions apply after all the activities, as in one batch.
     */
    private IngestResult writeTogether(Handle h, long workspaceId, List<StreamBatch> streams) {
        List<StreamBatch> heard = streams.stream().filter(stream -> !movesOnlyItsPosition(stream)).toList();
        Locks.ingestExisting(h, workspaceId).orElseThrow(() -> new NotFoundException("workspace", workspaceId));
        IngestResult stored = IngestResult.NOTHING;
        PendingWrites writes = new PendingWrites();
        if (!heard.isEmpty()) {
            Map<String, Optional<Long>> channels = new HashMap<>();
            heard.forEach(stream -> stream.batch().activities().forEach(a -> channels.putIfAbsent(a.uri(), stream.batch().channelId())));
            IngestBatch all = IngestBatch.combine(heard.stream().map(stream -> heardPostsOpenConversations(stream.batch())).toList());
            IngestRun run = new IngestRun(h, workspaceId, all, a -> channels.get(a.uri()), ids, writes, Progress.NONE);
            stored = run.run();
            Map<String, List<MatchReason>> reasons = new LinkedHashMap<>();
            heard.forEach(stream -> stream.reasons().forEach(reasons::putIfAbsent));
            keepReasons(writes, run.added(), reasons);
            new IdentityStep(h, workspaceId, ids, writes).refreshKnown(heard.stream().flatMap(stream -> stream.refreshed().stream())
                    .toList());
            deleteAll(writes, workspaceId, heard.stream().flatMap(stream -> stream.deleted().stream()).toList());
        }
        writes.add("""
                        INSERT INTO stream_position (workspace_id, stream, position)
                        SELECT :w, s, p FROM unnest(:streams::text[], :positions::bigint[]) AS u(s, p)
                        ON CONFLICT (workspace_id, stream) DO UPDATE SET position = excluded.position, updated_at = now()""",
                Map.of("w", workspaceId, "streams", streams.stream().map(StreamBatch::stream).toArray(String[]::new),
                        "positions", streams.stream().map(StreamBatch::position).toArray(Long[]::new)));
        writes.flush(h);
        return stored;
    }

    /**
     * What a listener heard is there to be answered: each post in it that answers nothing opens its own
     * conversation, so the inbox shows it before anyone replies. Imports keep a post out of the inbox
     * until someone does.
     */
    private static IngestBatch heardPostsOpenConversations(IngestBatch batch) {
        if (batch.activities().stream().noneMatch(IncomingActivity::startsAThread)) {
            return batch;
        }
        List<IncomingActivity> activities = batch.activities().stream()
                .map(a -> a.startsAThread() && a.threadRootUri().isEmpty() ? a.asThreadRoot() : a).toList();
        return new IngestBatch(batch.identities(), activities, batch.channelId(), batch.memberships(), batch.blockedDomains(),
                batch.blockedAccounts());
    }

    /** A batch that heard nothing Plaza keeps (or whose content another batch of its group carries). */
    private static boolean movesOnlyItsPosition(StreamBatch stream) {
        IngestBatch batch = stream.batch();
        return batch.identities().isEmpty() && batch.activities().isEmpty() && batch.memberships().isEmpty()
                && batch.blockedDomains().isEmpty() && batch.blockedAccounts().isEmpty() && stream.refreshed().isEmpty()
                && stream.deleted().isEmpty() && stream.reasons().isEmpty();
    }

    @Override
    public Optional<Long> position(long workspaceId, String stream) {
        return jdbi.withHandle(h -> h.createQuery("SELECT position FROM stream_position WHERE workspace_id = :w AND stream = :s")
                .bind("w", workspaceId).bind("s", stream).mapTo(Long.class).findOne());
    }

    /**
     * Keeps why each activity was kept, for the activities this batch added ({@code added}: their ids by
     * URI); one stored before keeps the reasons it came with.
     */
    private static void keepReasons(PendingWrites writes, Map<String, Long> added, Map<String, List<MatchReason>> reasons) {
        List<Long> activities = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> details = new ArrayList<>();
        reasons.forEach((uri, list) -> {
            Long activity = added.get(uri);
            for (int i = 0; activity != null && i < list.size(); i++) {
                activities.add(activity);
                positions.add(i);
                kinds.add(list.get(i).kind().key());
                details.add(list.get(i).detail());
            }
        });
        if (activities.isEmpty()) {
            return;
        }
        writes.add("""
                        INSERT INTO activity_match_reason (activity_id, position, kind, detail)
                        SELECT * FROM unnest(:activities::bigint[], :positions::smallint[], :kinds::text[], :details::text[])""",
                Map.of("activities", activities.toArray(Long[]::new), "positions", positions.toArray(Integer[]::new),
                        "kinds", kinds.toArray(String[]::new), "details", details.toArray(String[]::new)));
    }

    /** Empties the stored posts among {@code deleted} whose own author deleted them, in one statement. */
    private static void deleteAll(PendingWrites writes, long workspaceId, List<StreamBatch.Deletion> deleted) {
        if (deleted.isEmpty()) {
            return;
        }
        writes.addJoinedByHash("""
                        UPDATE activity a SET text = '', deleted_at = d.at
                        FROM unnest(:uris, :authors, :ats::timestamptz[]) AS d(uri, author, at)
                        WHERE a.workspace_id = :w AND a.uri = ANY(:uris) AND a.uri = d.uri AND a.deleted_at IS NULL
                          AND d.author = (SELECT i.stable_id FROM identity i WHERE i.id = a.author_identity_id)""", Map.of(
                "w", workspaceId, "uris", deleted.stream().map(StreamBatch.Deletion::uri).toArray(String[]::new),
                "authors", deleted.stream().map(StreamBatch.Deletion::authorStableId).toArray(String[]::new),
                "ats", deleted.stream().map(d -> d.at().toString()).toArray(String[]::new)));
    }

    private void stored(long workspaceId, IngestResult result) {
        statistics.stored(workspaceId, result.activities());
    }

    private void blocksMayHaveChanged(IngestBatch batch) {
        if (!batch.blockedDomains().isEmpty() || !batch.blockedAccounts().isEmpty()) {
            caches.blocksChanged();
        }
    }
}
