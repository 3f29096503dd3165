package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.paging.Cursor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.Author;
import dev.plaza.core.publishing.Engagement;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Mention;
import dev.plaza.core.publishing.OutboxItem;
import dev.plaza.core.publishing.PollTally;
import dev.plaza.core.publishing.PollVote;
import dev.plaza.core.publishing.PostPoll;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.core.publishing.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgPublishing implements Publishing {

    private static final RowMapper<LocalPost> POST = PgPublishing::post;

    private static final RowMapper<Reaction> REACTION = (rs, ctx) -> new Reaction(
            rs.getLong("id"), rs.getLong("local_actor_id"), rs.getString("uri"),
            ReactionType.fromKey(rs.getString("type")), rs.getString("object_uri"), rs.getString("object_author"),
            Rows.instant(rs, "at"), Rows.optionalInstant(rs, "undone_at"));

    private final Jdbi jdbi;
    private final IdBlocks ids;

    PgPublishing(Jdbi jdbi, IdBlocks ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    @Override
    public LocalPost publish(Author author, LocalPost post, Delivery delivery, IngestBatch record) {
        BatchCheck.requireConsistent(record);
        if (post.actorId() != author.actorId()) {
            throw new IllegalArgumentException("post %d is by actor %d, not by %s".formatted(post.id(), post.actorId(),
                    author.actorUri()));
        }
        return jdbi.inTransaction(h -> {
            Locks.ingest(h, author.workspaceId());
            LocalPost stored = h.createQuery("""
                            INSERT INTO local_post (id, local_actor_id, uri, visibility, source, content, content_warning,
                                language, in_reply_to, mention_uris, mention_handles, hashtags, poll_options, poll_multiple,
                                poll_closes_at, published)
                            VALUES (:id, :actor, :uri, :visibility, :source, :content, :warning, :language, :replyTo,
                                :mentionUris, :mentionHandles, :hashtags, :pollOptions, :pollMultiple, :pollCloses, :published)
                            RETURNING *""")
                    .bind("id", post.id()).bind("actor", post.actorId()).bind("uri", post.uri())
                    .bind("visibility", post.visibility().key()).bind("source", post.source())
                    .bind("content", post.content()).bind("warning", post.contentWarning().orElse(null))
                    .bind("language", post.language().orElse(null)).bind("replyTo", post.inReplyTo().orElse(null))
                    .bind("mentionUris", post.mentions().stream().map(Mention::actorUri).toArray(String[]::new))
                    .bind("mentionHandles", post.mentions().stream().map(Mention::handle).toArray(String[]::new))
                    .bind("hashtags", post.hashtags().toArray(String[]::new))
                    .bind("pollOptions", post.poll().map(p -> p.options().toArray(String[]::new)).orElse(null))
                    .bind("pollMultiple", post.poll().map(PostPoll::multiple).orElse(false))
                    .bind("pollCloses", post.poll().map(p -> Rows.timestamp(p.closesAt())).orElse(null))
                    .bind("published", Rows.timestamp(post.published()))
                    .map(POST).one();
            PgDeliveryQueue.enqueue(h, delivery);
            new IngestRun(h, author.workspaceId(), record, ids, Progress.NONE).run();
            return stored;
        });
    }

    @Override
    public LocalPost edit(Author author, LocalPost edited, Delivery delivery) {
        Instant at = edited.updated().orElseThrow(() -> new IllegalArgumentException("an edit needs its time"));
        return jdbi.inTransaction(h -> {
            LocalPost stored = h.createQuery("""
                            UPDATE local_post SET source = :source, content = :content, content_warning = :warning,
                                language = :language, mention_uris = :mentionUris, mention_handles = :mentionHandles,
                                hashtags = :hashtags, updated = :updated
                            WHERE id = :id AND local_actor_id = :actor AND deleted_at IS NULL RETURNING *""")
                    .bind("source", edited.source()).bind("content", edited.content())
                    .bind("warning", edited.contentWarning().orElse(null)).bind("language", edited.language().orElse(null))
                    .bind("mentionUris", edited.mentions().stream().map(Mention::actorUri).toArray(String[]::new))
                    .bind("mentionHandles", edited.mentions().stream().map(Mention::handle).toArray(String[]::new))
                    .bind("hashtags", edited.hashtags().toArray(String[]::new))
                    .bind("updated", Rows.timestamp(at)).bind("id", edited.id()).bind("actor", author.actorId())
                    .map(POST).findOne()
                    .orElseThrow(() -> new NotFoundException("post", edited.id()));
            PgDeliveryQueue.enqueue(h, delivery);
            PgActivities.edit(h, author.workspaceId(), stored.uri(), author.actorUri(), edited.source(),
                    edited.language(), at);
            return stored;
        });
    }

    @Override
    public LocalPost delete(Author author, long postId, Instant at, Delivery delivery) {
        return jdbi.inTransaction(h -> {
            LocalPost post = h.createQuery("SELECT * FROM local_post WHERE id = :id AND local_actor_id = :actor FOR UPDATE")
                    .bind("id", postId).bind("actor", author.actorId())
                    .map(POST).findOne().orElseThrow(() -> new NotFoundException("post", postId));
            if (post.deleted()) {
                return post;
            }
            LocalPost deleted = h.createQuery("UPDATE local_post SET deleted_at = :at WHERE id = :id RETURNING *")
                    .bind("at", Rows.timestamp(at)).bind("id", postId).map(POST).one();
            PgDeliveryQueue.enqueue(h, delivery);
            PgActivities.delete(h, author.workspaceId(), post.uri(), author.actorUri(), at);
            return deleted;
        });
    }

    @Override
    public Optional<LocalPost> post(long postId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM local_post WHERE id = :id").bind("id", postId)
                .map(POST).findOne());
    }

    @Override
    public Optional<LocalPost> postByUri(String uri) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM local_post WHERE uri = :uri").bind("uri", uri)
                .map(POST).findOne());
    }

    @Override
    public Page<LocalPost> posts(long actorId, PageRequest page) {
        long before = before(page);
        List<LocalPost> rows = jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM local_post WHERE local_actor_id = :a AND id < :before ORDER BY id DESC LIMIT :n""")
                .bind("a", actorId).bind("before", before).bind("n", page.limit() + 1).map(POST).list());
        return page(rows, page.limit());
    }

    @Override
    public Page<OutboxItem> outbox(long actorId, PageRequest page) {
        long before = before(page);
        List<OutboxItem> merged = jdbi.withHandle(h -> {
            List<LocalPost> posts = h.createQuery("""
                            SELECT * FROM local_post WHERE local_actor_id = :a AND id < :before AND deleted_at IS NULL
                              AND visibility IN ('public', 'unlisted') ORDER BY id DESC LIMIT :n""")
                    .bind("a", actorId).bind("before", before).bind("n", page.limit() + 1).map(POST).list();
            List<Reaction> boosts = h.createQuery("""
                            SELECT * FROM local_reaction WHERE local_actor_id = :a AND id < :before AND undone_at IS NULL
                              AND type = 'announce' ORDER BY id DESC LIMIT :n""")
                    .bind("a", actorId).bind("before", before).bind("n", page.limit() + 1).map(REACTION).list();
            return Stream.concat(posts.stream(), boosts.stream())
                    .sorted(Comparator.comparingLong(OutboxItem::id).reversed()).limit(page.limit() + 1L)
                    .map(OutboxItem.class::cast).toList();
        });
        return page(merged, page.limit());
    }

    @Override
    public long outboxSize(long actorId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM local_post WHERE local_actor_id = :a AND deleted_at IS NULL
                                  AND visibility IN ('public', 'unlisted'))
                             + (SELECT count(*) FROM local_reaction WHERE local_actor_id = :a AND undone_at IS NULL
                                  AND type = 'announce')""")
                .bind("a", actorId).mapTo(Long.class).one());
    }

    @Override
    public Reaction react(Author author, Reaction reaction, Delivery delivery, IngestBatch record) {
        BatchCheck.requireConsistent(record);
        return jdbi.inTransaction(h -> {
            Locks.ingest(h, author.workspaceId());
            Optional<Reaction> live = liveReaction(h, reaction.actorId(), reaction.type(), reaction.objectUri());
            if (live.isPresent()) {
                return live.get();
            }
            Reaction stored = h.createQuery("""
                            INSERT INTO local_reaction (id, local_actor_id, uri, type, object_uri, object_author, at)
                            VALUES (:id, :a, :uri, :type, :object, :author, :at) RETURNING *""")
                    .bind("id", reaction.id()).bind("a", reaction.actorId()).bind("uri", reaction.uri())
                    .bind("type", reaction.type().key()).bind("object", reaction.objectUri())
                    .bind("author", reaction.objectAuthor()).bind("at", Rows.timestamp(reaction.at()))
                    .map(REACTION).one();
            PgDeliveryQueue.enqueue(h, delivery);
            new IngestRun(h, author.workspaceId(), record, ids, Progress.NONE).run();
            return stored;
        });
    }

    @Override
    public Optional<Reaction> reaction(long reactionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM local_reaction WHERE id = :id").bind("id", reactionId)
                .map(REACTION).findOne());
    }

    @Override
    public Optional<Reaction> liveReaction(long actorId, ReactionType type, String objectUri) {
        return jdbi.withHandle(h -> liveReaction(h, actorId, type, objectUri));
    }

    private static Optional<Reaction> liveReaction(org.jdbi.v3.core.Handle h, long actorId, ReactionType type, String objectUri) {
        return h.createQuery("""
                        SELECT * FROM local_reaction WHERE local_actor_id = :a AND type = :type AND object_uri = :object
                          AND undone_at IS NULL""")
                .bind("a", actorId).bind("type", type.key()).bind("object", objectUri).map(REACTION).findOne();
    }

    @Override
    public Reaction undo(Author author, long reactionId, Instant at, Delivery delivery) {
        return jdbi.inTransaction(h -> {
            Reaction reaction = h.createQuery("SELECT * FROM local_reaction WHERE id = :id AND local_actor_id = :actor FOR UPDATE")
                    .bind("id", reactionId).bind("actor", author.actorId()).map(REACTION).findOne()
                    .orElseThrow(() -> new NotFoundException("reaction", reactionId));
            if (!reaction.live()) {
                return reaction;
            }
            Reaction undone = h.createQuery("UPDATE local_reaction SET undone_at = :at WHERE id = :id RETURNING *")
                    .bind("at", Rows.timestamp(at)).bind("id", reactionId).map(REACTION).one();
            PgDeliveryQueue.enqueue(h, delivery);
            PgActivities.delete(h, author.workspaceId(), reaction.uri(), author.actorUri(), at);
            return undone;
        });
    }

    @Override
    public Page<Reaction> reactions(long actorId, PageRequest page) {
        long before = before(page);
        List<Reaction> rows = jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM local_reaction WHERE local_actor_id = :a AND id < :before ORDER BY id DESC LIMIT :n""")
                .bind("a", actorId).bind("before", before).bind("n", page.limit() + 1).map(REACTION).list());
        return page(rows, page.limit());
    }

    @Override
    public boolean vote(PollVote vote) {
        return jdbi.inTransaction(h -> {
            // The poll's row lock makes "one vote per voter" hold when two votes race.
            Optional<LocalPost> post = h.createQuery("SELECT * FROM local_post WHERE id = :id FOR UPDATE")
                    .bind("id", vote.postId()).map(POST).findOne();
            Optional<PostPoll> poll = post.filter(p -> !p.deleted()).flatMap(LocalPost::poll);
            if (poll.isEmpty() || poll.get().closedAt(vote.at()) || !poll.get().options().contains(vote.choice())) {
                return false;
            }
            if (!poll.get().multiple() && h.createQuery("""
                            SELECT count(*) FROM poll_vote WHERE post_id = :p AND voter_uri = :v""")
                    .bind("p", vote.postId()).bind("v", vote.voterUri()).mapTo(Long.class).one() > 0) {
                return false;
            }
            return h.createUpdate("""
                            INSERT INTO poll_vote (post_id, voter_uri, choice, activity_id, at)
                            VALUES (:p, :v, :choice, :activity, :at) ON CONFLICT DO NOTHING""")
                    .bind("p", vote.postId()).bind("v", vote.voterUri()).bind("choice", vote.choice())
                    .bind("activity", vote.activityId()).bind("at", Rows.timestamp(vote.at())).execute() == 1;
        });
    }

    @Override
    public List<String> voters(long postId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT voter_uri FROM poll_vote WHERE post_id = :p GROUP BY voter_uri ORDER BY min(at), voter_uri")
                .bind("p", postId).mapTo(String.class).list());
    }

    @Override
    public PollTally tally(long postId) {
        return jdbi.withHandle(h -> {
            Map<String, Long> votes = new LinkedHashMap<>();
            h.createQuery("SELECT choice, count(*) AS n FROM poll_vote WHERE post_id = :p GROUP BY choice")
                    .bind("p", postId).map((rs, ctx) -> votes.put(rs.getString("choice"), rs.getLong("n"))).list();
            long voters = h.createQuery("SELECT count(DISTINCT voter_uri) FROM poll_vote WHERE post_id = :p")
                    .bind("p", postId).mapTo(Long.class).one();
            return new PollTally(votes, voters);
        });
    }

    @Override
    public Engagement engagement(long workspaceId, String postUri) {
        return jdbi.withHandle(h -> {
            long replies = h.createQuery("""
                            SELECT count(*) FROM activity r
                            WHERE r.conversation_id = (SELECT conversation_id FROM activity WHERE workspace_id = :w AND uri = :uri)
                              AND r.in_reply_to_uri = :uri AND r.deleted_at IS NULL""")
                    .bind("w", workspaceId).bind("uri", postUri).mapTo(Long.class).one();
            Map<String, Long> reactions = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT kind, count(*) AS n FROM activity
                            WHERE workspace_id = :w AND target_uri = :uri AND kind IN ('like', 'repost') AND deleted_at IS NULL
                            GROUP BY kind""")
                    .bind("w", workspaceId).bind("uri", postUri)
                    .map((rs, ctx) -> reactions.put(rs.getString("kind"), rs.getLong("n"))).list();
            return new Engagement(replies, reactions.getOrDefault("like", 0L), reactions.getOrDefault("repost", 0L));
        });
    }

    private static long before(PageRequest page) {
        return page.cursor().map(Cursor::decode).map(Cursor::id).orElse(Long.MAX_VALUE);
    }

    private static <T extends OutboxItem> Page<T> page(List<T> rows, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = new ArrayList<>(rows.subList(0, limit));
        T last = items.getLast();
        return new Page<>(items, Optional.of(new Cursor(ChronoUnit.MICROS.between(Instant.EPOCH, last.at()), last.id()).encode()));
    }

    private static LocalPost post(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        List<String> uris = Rows.strings(rs.getArray("mention_uris"));
        List<String> handles = Rows.strings(rs.getArray("mention_handles"));
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < uris.size(); i++) {
            mentions.add(new Mention(uris.get(i), handles.get(i)));
        }
        List<String> options = Rows.strings(rs.getArray("poll_options"));
        Optional<PostPoll> poll = options.isEmpty() ? Optional.empty()
                : Optional.of(new PostPoll(options, rs.getBoolean("poll_multiple"), Rows.instant(rs, "poll_closes_at")));
        return new LocalPost(rs.getLong("id"), rs.getLong("local_actor_id"), rs.getString("uri"),
                Visibility.fromKey(rs.getString("visibility")), rs.getString("source"), rs.getString("content"),
                Optional.ofNullable(rs.getString("content_warning")), Optional.ofNullable(rs.getString("language")),
                Optional.ofNullable(rs.getString("in_reply_to")), mentions, Rows.strings(rs.getArray("hashtags")), poll,
                Rows.instant(rs, "published"), Rows.optionalInstant(rs, "updated"), Rows.optionalInstant(rs, "deleted_at"));
    }
}
