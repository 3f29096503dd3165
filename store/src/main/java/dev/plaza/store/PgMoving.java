package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.moving.ExpectedFollowers;
import dev.plaza.core.moving.MoveRecord;
import dev.plaza.core.moving.Moving;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgMoving implements Moving {

    private static final RowMapper<MoveRecord> MOVE = (rs, ctx) -> new MoveRecord(rs.getLong("local_actor_id"),
            MoveRecord.Direction.fromKey(rs.getString("direction")), rs.getString("remote_actor_uri"),
            Optional.ofNullable(rs.getString("activity_id")), Rows.instant(rs, "at"));

    private final Jdbi jdbi;
    private final PgLocalActors actors;
    private final IdBlocks ids;

    PgMoving(Jdbi jdbi, PgLocalActors actors, IdBlocks ids) {
        this.jdbi = jdbi;
        this.actors = actors;
        this.ids = ids;
    }

    @Override
    public LocalActor setAliases(long workspaceId, long actorId, List<String> aliases, Delivery update) {
        LocalActor stored = jdbi.inTransaction(h -> {
            LocalActor updated = actors.setAlsoKnownAs(h, workspaceId, actorId, List.copyOf(new LinkedHashSet<>(aliases)));
            PgDeliveryQueue.enqueue(h, update);
            return updated;
        });
        actors.changed();
        return stored;
    }

    @Override
    public LocalActor moveOut(long workspaceId, long actorId, String target, Instant at, Delivery move, IngestBatch record) {
        BatchCheck.requireConsistent(record);
        LocalActor stored = jdbi.inTransaction(h -> {
            Locks.ingest(h, workspaceId);
            LocalActor moved = h.createQuery("""
                            UPDATE local_actor SET moved_to = :target
                            WHERE workspace_id = :w AND id = :id AND moved_to IS NULL RETURNING *""")
                    .bind("target", target).bind("w", workspaceId).bind("id", actorId)
                    .map(PgLocalActors.ACTOR).findOne()
                    .orElseThrow(() -> notMovable(h, workspaceId, actorId));
            insertMove(h, actorId, MoveRecord.Direction.OUT, target, move.activityId(), at);
            PgDeliveryQueue.enqueue(h, move);
            new IngestRun(h, workspaceId, record, ids, Progress.NONE).run();
            return moved;
        });
        actors.changed();
        return stored;
    }

    @Override
    public LocalActor undoMove(long workspaceId, long actorId, Instant at, Delivery update) {
        LocalActor stored = jdbi.inTransaction(h -> {
            LocalActor before = h.createQuery("SELECT * FROM local_actor WHERE workspace_id = :w AND id = :id FOR UPDATE")
                    .bind("w", workspaceId).bind("id", actorId).map(PgLocalActors.ACTOR).findOne()
                    .orElseThrow(() -> new NotFoundException("actor", actorId));
            String target = before.movedTo().orElseThrow(() -> new PlazaException(
                    "@%s has not moved; there is no move to undo".formatted(before.username())));
            LocalActor back = h.createQuery("UPDATE local_actor SET moved_to = NULL WHERE id = :id RETURNING *")
                    .bind("id", actorId).map(PgLocalActors.ACTOR).one();
            insertMove(h, actorId, MoveRecord.Direction.UNDONE, target, null, at);
            PgDeliveryQueue.enqueue(h, update);
            return back;
        });
        actors.changed();
        return stored;
    }

    @Override
    public boolean recordMoveIn(long actorId, String source, String activityId, Instant at) {
        return jdbi.withHandle(h -> insertMove(h, actorId, MoveRecord.Direction.IN, source, activityId, at));
    }

    @Override
    public List<MoveRecord> history(long actorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM actor_move WHERE local_actor_id = :a ORDER BY at DESC, id DESC")
                .bind("a", actorId).map(MOVE).list());
    }

    @Override
    public int expect(long actorId, String oldAccount, List<String> followerUris) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO expected_follower (local_actor_id, old_account, follower_uri)
                        SELECT :a, :old, u FROM unnest(:followers) AS u
                        ON CONFLICT DO NOTHING""")
                .bind("a", actorId).bind("old", oldAccount)
                .bind("followers", new LinkedHashSet<>(followerUris).toArray(String[]::new)).execute());
    }

    @Override
    public List<ExpectedFollowers> expected(long actorId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.old_account, count(*) AS expected, count(f.remote_actor_uri) AS following
                        FROM expected_follower e
                        LEFT JOIN follower f ON f.local_actor_id = e.local_actor_id
                            AND f.remote_actor_uri = e.follower_uri AND f.state = 'accepted'
                        WHERE e.local_actor_id = :a
                        GROUP BY e.old_account ORDER BY min(e.added_at), e.old_account""")
                .bind("a", actorId)
                .map((rs, ctx) -> new ExpectedFollowers(rs.getString("old_account"), rs.getLong("expected"),
                        rs.getLong("following")))
                .list());
    }

    @Override
    public boolean forgetExpected(long actorId, String oldAccount) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM expected_follower WHERE local_actor_id = :a AND old_account = :old")
                .bind("a", actorId).bind("old", oldAccount).execute()) > 0;
    }

    private static boolean insertMove(Handle h, long actorId, MoveRecord.Direction direction, String remote,
            String activityId, Instant at) {
        return h.createUpdate("""
                        INSERT INTO actor_move (local_actor_id, direction, remote_actor_uri, activity_id, at)
                        VALUES (:a, :direction, :remote, :activity, :at) ON CONFLICT (activity_id) DO NOTHING""")
                .bind("a", actorId).bind("direction", direction.key()).bind("remote", remote)
                .bind("activity", activityId).bind("at", Rows.timestamp(at)).execute() > 0;
    }

    private static RuntimeException notMovable(Handle h, long workspaceId, long actorId) {
        Optional<LocalActor> actor = h.createQuery("SELECT * FROM local_actor WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", actorId).map(PgLocalActors.ACTOR).findOne();
        if (actor.isEmpty()) {
            return new NotFoundException("actor", actorId);
        }
        return new PlazaException("@%s has already moved to %s; undo that move before moving again"
                .formatted(actor.get().username(), actor.get().movedTo().orElse("another account")));
    }
}
