package dev.plaza.store;

import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgFollows implements Follows {

    private static final RowMapper<Follow> FOLLOW = (rs, ctx) -> new Follow(
            rs.getLong("local_actor_id"), rs.getString("remote_actor_uri"), rs.getString("remote_inbox"),
            Optional.ofNullable(rs.getString("remote_shared_inbox")), FollowState.fromKey(rs.getString("state")),
            rs.getString("follow_activity_id"), Rows.instant(rs, "since"), Optional.ofNullable(rs.getString("remote_acct")));

    private static final RowMapper<ListedFollow> LISTED = (rs, ctx) -> new ListedFollow(rs.getLong("id"), FOLLOW.map(rs, ctx));

    // Table names come from this class only, never from input.
    private static final String UPSERT = """
            INSERT INTO %1$s (local_actor_id, remote_actor_uri, remote_inbox, remote_shared_inbox, state, follow_activity_id,
                since, remote_acct)
            VALUES (:actor, :remote, :inbox, :shared, :state, :follow, :since, :acct)
            ON CONFLICT (local_actor_id, remote_actor_uri) DO UPDATE SET remote_inbox = excluded.remote_inbox,
                remote_shared_inbox = excluded.remote_shared_inbox, state = excluded.state,
                follow_activity_id = excluded.follow_activity_id,
                remote_acct = coalesce(excluded.remote_acct, %1$s.remote_acct)
            RETURNING *""";

    private static final String NEWEST = """
            SELECT * FROM %s WHERE local_actor_id = :a AND %s
            ORDER BY since DESC, id DESC LIMIT :limit""";

    private final Jdbi jdbi;
    private final ReadCache<String, List<Follow>> followingOf;

    PgFollows(Jdbi jdbi, ReadCache<String, List<Follow>> followingOf) {
        this.jdbi = jdbi;
        this.followingOf = followingOf;
    }

    @Override
    public Follow saveFollower(Follow follower) {
        return upsert("follower", follower);
    }

    @Override
    public boolean removeFollower(long localActorId, String remoteActorUri) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM follower WHERE local_actor_id = :a AND remote_actor_uri = :r")
                .bind("a", localActorId).bind("r", remoteActorUri).execute()) > 0;
    }

    @Override
    public List<Follow> followers(long localActorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM follower WHERE local_actor_id = :a ORDER BY since, remote_actor_uri")
                .bind("a", localActorId).map(FOLLOW).list());
    }

    @Override
    public Page<ListedFollow> followers(long localActorId, PageRequest page) {
        return newest("follower", localActorId, page);
    }

    @Override
    public Optional<ListedFollow> findFollower(long localActorId, long id) {
        return byId("follower", localActorId, id);
    }

    @Override
    public Follow saveFollowing(Follow following) {
        Follow saved = upsert("following", following);
        followingOf.invalidate();
        return saved;
    }

    @Override
    public Optional<Follow> answerFollowing(String followActivityId, String remoteActorUri, FollowState state) {
        Optional<Follow> answered = jdbi.withHandle(h -> h.createQuery("""
                        UPDATE following SET state = :state
                        WHERE follow_activity_id = :follow AND remote_actor_uri = :remote RETURNING *""")
                .bind("state", state.key()).bind("follow", followActivityId).bind("remote", remoteActorUri)
                .map(FOLLOW).findOne());
        followingOf.invalidate();
        return answered;
    }

    @Override
    public boolean removeFollowing(long localActorId, String remoteActorUri) {
        boolean removed = jdbi.withHandle(h -> h.createUpdate("DELETE FROM following WHERE local_actor_id = :a AND remote_actor_uri = :r")
                .bind("a", localActorId).bind("r", remoteActorUri).execute()) > 0;
        followingOf.invalidate();
        return removed;
    }

    @Override
    public List<Follow> following(long localActorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM following WHERE local_actor_id = :a ORDER BY since, remote_actor_uri")
                .bind("a", localActorId).map(FOLLOW).list());
    }

    @Override
    public Page<ListedFollow> following(long localActorId, PageRequest page) {
        return newest("following", localActorId, page);
    }

    @Override
    public Optional<ListedFollow> findFollowing(long localActorId, long id) {
        return byId("following", localActorId, id);
    }

    @Override
    public Optional<ListedFollow> findFollowing(long localActorId, String remoteActorUri) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM following WHERE local_actor_id = :a AND remote_actor_uri = :r")
                .bind("a", localActorId).bind("r", remoteActorUri).map(LISTED).findOne());
    }

    @Override
    public List<Follow> followingOf(String remoteActorUri) {
        return followingOf.get(remoteActorUri, uri -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM following WHERE remote_actor_uri = :r ORDER BY local_actor_id")
                .bind("r", uri).map(FOLLOW).list()));
    }

    @Override
    public List<Boolean> firstArrivals(List<String> activityIds) {
        Set<String> inserted = new HashSet<>(jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO inbox_seen (activity_id) SELECT DISTINCT unnest(:ids::text[])
                        ON CONFLICT DO NOTHING RETURNING activity_id""")
                .bind("ids", activityIds.toArray(String[]::new)).mapTo(String.class).list()));
        return activityIds.stream().map(inserted::remove).toList();
    }

    @Override
    public void forgetArrival(String activityId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM inbox_seen WHERE activity_id = :id").bind("id", activityId).execute());
    }

    private Follow upsert(String table, Follow follow) {
        return jdbi.withHandle(h -> h.createQuery(UPSERT.formatted(table))
                .bind("actor", follow.localActorId()).bind("remote", follow.remoteActorUri())
                .bind("inbox", follow.remoteInbox()).bind("shared", follow.remoteSharedInbox().orElse(null))
                .bind("state", follow.state().key()).bind("follow", follow.followActivityId())
                .bind("since", Rows.timestamp(follow.since())).bind("acct", follow.remoteAcct().orElse(null))
                .map(FOLLOW).one());
    }

    private Page<ListedFollow> newest(String table, long localActorId, PageRequest page) {
        return jdbi.withHandle(h -> Keyset.page(h.createQuery(NEWEST.formatted(table, Keyset.after(page, "since", "id")))
                .bind("a", localActorId).bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page)))
                .bind("cursorId", Keyset.cursorId(page)).bind("limit", page.limit() + 1)
                .map(LISTED).list(), page, l -> l.follow().since(), ListedFollow::id));
    }

    private Optional<ListedFollow> byId(String table, long localActorId, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM %s WHERE local_actor_id = :a AND id = :id".formatted(table))
                .bind("a", localActorId).bind("id", id).map(LISTED).findOne());
    }
}
