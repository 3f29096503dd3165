package dev.plaza.store;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Membership;
import dev.plaza.core.ingest.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest, inside the caller's transaction: identities, communities, threads, activities and their echoes, rollups.
 *
 * <p>Statements that join rows to {@code unnest(...)} of bound arrays repeat the keys as
 * {@code = ANY(...)}: the planner then reaches the rows through their index whatever its statistics
 * say. Left to the join alone, it scanned the whole table whenever it believed the table small,
 * which a table that grows between two analyzes often is (a busy inbox's ingests slowed by half).
 */
final class IngestRun {

    private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);
    /** The activities whose text has a sentiment: they are queued for scoring as they are stored. */
    private static final Set<ActivityKind> SCORED_KINDS = Set.of(ActivityKind.POST, ActivityKind.REPLY, ActivityKind.MENTION);

    private final Handle handle;
    private final long workspaceId;
    private final IngestBatch batch;
    private final Function<IncomingActivity, Optional<Long>> channelOf;
    private final IdBlocks ids;
    private final PendingWrites writes;
    private final boolean flushes;
    private final Progress progress;
    private final Map<String, Long> added = new HashMap<>();

    /** A run that has written everything when it returns. */
    IngestRun(Handle handle, long workspaceId, IngestBatch batch, IdBlocks ids, Progress progress) {
        this(handle, workspaceId, batch, a -> batch.channelId(), ids, new PendingWrites(), true, progress);
    }

    /**
     * A run whose activities come from several channels ({@code channelOf} says each one's), and whose
     * writes wait in {@code writes} for the caller to add its own and flush them.
     */
    IngestRun(Handle handle, long workspaceId, IngestBatch batch, Function<IncomingActivity, Optional<Long>> channelOf,
              IdBlocks ids, PendingWrites writes, Progress progress) {
        this(handle, workspaceId, batch, channelOf, ids, writes, false, progress);
    }

    private IngestRun(Handle handle, long workspaceId, IngestBatch batch, Function<IncomingActivity, Optional<Long>> channelOf,
                      IdBlocks ids, PendingWrites writes, boolean flushes, Progress progress) {
        this.handle = handle;
        this.workspaceId = workspaceId;
        this.batch = batch;
        this.channelOf = channelOf;
        this.ids = ids;
        this.writes = writes;
        this.flushes = flushes;
        this.progress = progress;
    }

    IngestResult run() {
        Timings timings = new Timings();
        List<IncomingActivity> fresh = newActivities();
        timings.lap("dedupe");
        int[] peopleAdded = {0};
        Map<IdentityKey, Long> authored = new HashMap<>();
        fresh.forEach(a -> authored.merge(a.author(), 1L, Long::sum));
        Map<IdentityKey, IdentityStep.Resolved> identities = new IdentityStep(handle, workspaceId, ids, writes)
                .resolve(batch.identities(), seenTimes(fresh), authored, peopleAdded);
        long identitiesAdded = identities.values().stream().filter(IdentityStep.Resolved::isNew).count();
        Map<CommunityRef, Long> communities = communities(fresh);
        writeMemberships(identities, communities);
        writeDomainBlocks();
        writeAccountBlocks();
        timings.lap("identities");
        ThreadStep threads = new ThreadStep(handle, workspaceId, a -> a.author().platform(), ids);
        Map<String, ThreadStep.Thread> threadOf = threads.thread(fresh);
        writeConversations(threads);
        timings.lap("conversations");
        writeActivities(fresh, identities, communities, threadOf);
        joinStoredRoots(threads.storedRootsJoined);
        timings.lap("activities");
        updateRollups(fresh);
        updateMembers(fresh, identities, communities);
        updateAuthorCounts(authored, identities);
        updateSeen(fresh, identities);
        timings.lap("rollups");
        if (flushes) {
            writes.flush(handle);
            timings.lap("writes");
        }
        LOG.debug("ingested {} of {} activities into workspace {}: {}", fresh.size(), batch.activities().size(),
                workspaceId, timings);
        return new IngestResult(fresh.size(), peopleAdded[0], identitiesAdded, threads.created().size());
    }

    /** The ids of the activities this run stored (not those stored before), by URI; filled by {@link #run}. */
    Map<String, Long> added() {
        return Map.copyOf(added);
    }

    /** Where an ingest spends its time, for the debug log. */
    private static final class Timings {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    /** The batch's activities that are not stored yet, each uri once, oldest first. */
    private List<IncomingActivity> newActivities() {
        Map<String, IncomingActivity> unique = new LinkedHashMap<>();
        batch.activities().forEach(a -> unique.putIfAbsent(a.uri(), a));
        Set<String> stored = new HashSet<>();
        List<String> uris = new ArrayList<>(unique.keySet());
        for (int start = 0; start < uris.size(); start += 10_000) {
            List<String> chunk = uris.subList(start, Math.min(uris.size(), start + 10_000));
            stored.addAll(handle.createQuery("SELECT uri FROM activity WHERE workspace_id = :w AND uri = ANY(:uris)")
                    .bind("w", workspaceId).bind("uris", chunk.toArray(String[]::new)).mapTo(String.class).list());
            progress.update("checking", Math.min(uris.size(), start + 10_000), uris.size());
        }
        return unique.values().stream().filter(a -> !stored.contains(a.uri()))
                .sorted((a, b) -> a.at().compareTo(b.at())).toList();
    }

    /**
     * For each identity, the first and last time this batch's new activities show it: as author, as
     * someone mentioned, or as the target of a follow, block or mute.
     */
    private Map<IdentityKey, Instant[]> seenTimes(List<IncomingActivity> fresh) {
        Map<String, IdentityKey> byStableId = new HashMap<>();
        batch.identities().forEach(i -> byStableId.putIfAbsent(i.stableId(), i.key()));
        Map<IdentityKey, Instant[]> seen = new HashMap<>();
        for (IncomingActivity a : fresh) {
            widen(seen, a.author(), a.at());
            a.mentions().forEach(m -> widen(seen, m, a.at()));
            a.targetUri().map(byStableId::get).ifPresent(target -> widen(seen, target, a.at()));
        }
        return seen;
    }

    private static <K> void widen(Map<K, Instant[]> seen, K key, Instant at) {
        Instant[] range = seen.computeIfAbsent(key, k -> new Instant[] {at, at});
        if (at.isBefore(range[0])) {
            range[0] = at;
        }
        if (at.isAfter(range[1])) {
            range[1] = at;
        }
    }

    /** Each community the batch names, created if new, in one statement: a busy inbox names a few per group. */
    private Map<CommunityRef, Long> communities(List<IncomingActivity> fresh) {
        List<CommunityRef> refs = java.util.stream.Stream.concat(fresh.stream().flatMap(a -> a.community().stream()),
                batch.memberships().stream().map(Membership::community)).distinct().toList();
        if (refs.isEmpty()) {
            return Map.of();
        }
        Map<String, CommunityRef> byName = new LinkedHashMap<>();
        refs.forEach(ref -> byName.putIfAbsent(communityKey(ref.platform().key(), ref.kind().name(), ref.name()), ref));
        List<CommunityRef> rows = List.copyOf(byName.values());
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery("""
                        INSERT INTO community (workspace_id, platform, kind, name, url)
                        SELECT :w, p, k, n, u FROM unnest(:platforms::text[], :kinds::text[], :names::text[], :urls::text[]) AS x(p, k, n, u)
                        ON CONFLICT (workspace_id, platform, kind, name) DO UPDATE SET url = coalesce(community.url, excluded.url)
                        RETURNING id, platform, kind, name""")
                .bind("w", workspaceId)
                .bind("platforms", rows.stream().map(r -> r.platform().key()).toArray(String[]::new))
                .bind("kinds", rows.stream().map(r -> r.kind().name()).toArray(String[]::new))
                .bind("names", rows.stream().map(CommunityRef::name).toArray(String[]::new))
                .bind("urls", rows.stream().map(r -> r.url().orElse(null)).toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(communityKey(rs.getString("platform"), rs.getString("kind"), rs.getString("name")),
                        rs.getLong("id")))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        Map<CommunityRef, Long> byRef = new HashMap<>();
        refs.forEach(ref -> byRef.put(ref, ids.get(communityKey(ref.platform().key(), ref.kind().name(), ref.name()))));
        return byRef;
    }

    private static String communityKey(String platform, String kind, String name) {
        return platform + '\n' + kind + '\n' + name;
    }

    /** List members join their community; a membership already known is left as it is. */
    private void writeMemberships(Map<IdentityKey, IdentityStep.Resolved> identities, Map<CommunityRef, Long> communities) {
        if (batch.memberships().isEmpty()) {
            return;
        }
        writes.add("""
                        INSERT INTO community_member (community_id, identity_id, activities)
                        SELECT c, i, 0 FROM unnest(:communities, :identities) AS u(c, i)
                        ON CONFLICT (community_id, identity_id) DO NOTHING""", Map.of(
                "communities", batch.memberships().stream().map(m -> communities.get(m.community())).toArray(Long[]::new),
                "identities", batch.memberships().stream().map(m -> identities.get(m.member()).identityId()).toArray(Long[]::new)));
    }

    private void writeDomainBlocks() {
        if (batch.blockedDomains().isEmpty()) {
            return;
        }
        writes.add("""
                        INSERT INTO domain_block (workspace_id, domain) SELECT :w, lower(d) FROM unnest(:domains) AS u(d)
                        ON CONFLICT (workspace_id, domain) DO NOTHING""",
                Map.of("w", workspaceId, "domains", batch.blockedDomains().toArray(String[]::new)));
    }

    /**
     * Imported account blocks: bound at once to an actor Plaza already knows by that address, else
     * pending until the actor is first seen (the inbox binds it then). Follows both ways end.
     */
    private void writeAccountBlocks() {
        if (batch.blockedAccounts().isEmpty()) {
            return;
        }
        String[] accts = batch.blockedAccounts().stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
        writes.add("""
                        INSERT INTO actor_block (workspace_id, acct, actor_uri)
                        SELECT :w, a, (SELECT i.stable_id FROM identity i
                                       WHERE i.workspace_id = :w AND i.platform = :platform AND lower(i.handle) = '@' || a
                                         AND i.stable_id LIKE 'http%' ORDER BY i.id LIMIT 1)
                        FROM unnest(:accts) AS u(a)
                        ON CONFLICT DO NOTHING""", Map.of("w", workspaceId, "platform", Platform.FEDIVERSE.key(), "accts", accts));
        for (String table : List.of("follower", "following")) {
            writes.add("""
                            DELETE FROM %s f USING local_actor l, actor_block b
                            WHERE f.local_actor_id = l.id AND l.workspace_id = :w AND b.workspace_id = :w
                              AND b.actor_uri = f.remote_actor_uri AND b.acct = ANY(:accts)""".formatted(table),
                    Map.of("w", workspaceId, "accts", accts));
        }
    }

    private void writeConversations(ThreadStep threads) {
        List<Object[]> rows = threads.created().stream().map(t -> new Object[] {t.id, workspaceId, t.rootUri,
                t.platform.key(), t.subject, "open", t.startedAt, t.lastActivityAt, t.added}).toList();
        PgCopy.copy(handle, writes, "conversation", "id, workspace_id, root_uri, platform, subject, status, started_at,"
                + " last_activity_at, activity_count", rows, done -> { });
        if (!rows.isEmpty()) {
            writes.add(ConversationCounts.ADD_OPEN, Map.of("w", workspaceId, "n", rows.size()));
        }
        List<ThreadStep.Thread> extended = threads.extended();
        List<Long> touched = new ArrayList<>(threads.created().stream().map(t -> t.id).toList());
        extended.forEach(t -> touched.add(t.id));
        ConversationSignal.notify(writes, workspaceId, touched);
        if (extended.isEmpty()) {
            return;
        }
        writes.add("""
                        UPDATE conversation c SET activity_count = c.activity_count + u.added, subject = u.subject,
                            started_at = least(c.started_at, u.started), last_activity_at = greatest(c.last_activity_at, u.last)
                        FROM unnest(:ids, :added, :subjects::text[], :started::timestamptz[], :last::timestamptz[])
                            AS u(id, added, subject, started, last)
                        WHERE c.id = u.id AND c.id = ANY(:ids)""", Map.of(
                "ids", extended.stream().map(t -> t.id).toArray(Long[]::new),
                "added", extended.stream().map(t -> t.added).toArray(Integer[]::new),
                "subjects", extended.stream().map(t -> t.subject).toArray(String[]::new),
                "started", extended.stream().map(t -> t.startedAt.toString()).toArray(String[]::new),
                "last", extended.stream().map(t -> t.lastActivityAt.toString()).toArray(String[]::new)));
    }

    /** Stored activities whose thread root arrived in this batch join its conversation, in one statement. */
    private void joinStoredRoots(Map<String, Long> conversationByRootUri) {
        if (conversationByRootUri.isEmpty()) {
            return;
        }
        List<String> uris = new ArrayList<>(conversationByRootUri.keySet());
        writes.add("""
                        UPDATE activity a SET conversation_id = u.c FROM unnest(:uris::text[], :conversations) AS u(uri, c)
                        WHERE a.workspace_id = :w AND a.uri = u.uri AND a.uri = ANY(:uris)""", Map.of(
                "w", workspaceId, "uris", uris.toArray(String[]::new),
                "conversations", uris.stream().map(conversationByRootUri::get).toArray(Long[]::new)));
    }

    private void writeActivities(List<IncomingActivity> fresh, Map<IdentityKey, IdentityStep.Resolved> identities,
            Map<CommunityRef, Long> communities, Map<String, ThreadStep.Thread> threadOf) {
        List<Long> ids = this.ids.next(handle, "activity_id_seq", fresh.size());
        List<Object[]> rows = new ArrayList<>(fresh.size());
        List<Object[]> mentions = new ArrayList<>();
        List<Long> toScore = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            IncomingActivity a = fresh.get(i);
            added.put(a.uri(), ids.get(i));
            if (SCORED_KINDS.contains(a.kind()) && !a.text().isEmpty()) {
                toScore.add(ids.get(i));
            }
            ThreadStep.Thread thread = threadOf.get(a.uri());
            rows.add(new Object[] {ids.get(i), workspaceId, a.uri(), a.author().platform().key(), a.kind().key(),
                    identities.get(a.author()).identityId(), a.community().map(communities::get).orElse(null),
                    channelOf.apply(a).orElse(null),
                    thread == null ? null : thread.id, a.at(), a.text(), a.language().orElse(null),
                    a.inReplyToUri().orElse(null), a.targetUri().orElse(null), a.url().orElse(null)});
            for (IdentityKey mention : new LinkedHashSet<>(a.mentions())) {
                mentions.add(new Object[] {ids.get(i), identities.get(mention).identityId()});
            }
        }
        PgCopy.copy(handle, writes, "activity", "id, workspace_id, uri, platform, kind, author_identity_id, community_id,"
                        + " channel_id, conversation_id, at, text, language, in_reply_to_uri, target_uri, url", rows,
                done -> progress.update("storing", done, fresh.size()));
        EchoLinks.write(writes, workspaceId, fresh, ids);
        PgCopy.copy(handle, writes, "activity_mention", "activity_id, identity_id", mentions, done -> { });
        if (!toScore.isEmpty()) {
            // the one place activities are inserted: edits and deletions are queued by a trigger (V25)
            writes.add("INSERT INTO scoring_queue (activity_id) SELECT unnest(:ids::bigint[]) ON CONFLICT DO NOTHING",
                    Map.of("ids", toScore.toArray(Long[]::new)));
        }
    }

    private void updateRollups(List<IncomingActivity> fresh) {
        Map<LocalDate, Map<Platform, Long>> daily = new HashMap<>();
        for (IncomingActivity a : fresh) {
            daily.computeIfAbsent(LocalDate.ofInstant(a.at(), ZoneOffset.UTC), d -> new HashMap<>())
                    .merge(a.author().platform(), 1L, Long::sum);
        }
        List<LocalDate> days = new ArrayList<>();
        List<String> platforms = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        daily.forEach((day, byPlatform) -> byPlatform.forEach((platform, count) -> {
            days.add(day);
            platforms.add(platform.key());
            counts.add(count);
        }));
        writes.add("""
                        INSERT INTO activity_daily (workspace_id, day, platform, count)
                        SELECT :w, d, p, c FROM unnest(:days::date[], :platforms::text[], :counts::bigint[]) AS u(d, p, c)
                        ON CONFLICT (workspace_id, day, platform) DO UPDATE SET count = activity_daily.count + excluded.count""",
                Map.of("w", workspaceId, "days", days.stream().map(LocalDate::toString).toArray(String[]::new),
                        "platforms", platforms.toArray(String[]::new), "counts", counts.toArray(Long[]::new)));
    }

    /** Adds the batch's activities to the counts of their authors stored before it; new ones were stored with theirs. */
    private void updateAuthorCounts(Map<IdentityKey, Long> authored, Map<IdentityKey, IdentityStep.Resolved> identities) {
        Map<Long, Long> byIdentity = new HashMap<>();
        authored.forEach((key, count) -> {
            IdentityStep.Resolved identity = identities.get(key);
            if (!identity.isNew()) {
                byIdentity.merge(identity.identityId(), count, Long::sum);
            }
        });
        if (byIdentity.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(byIdentity.keySet());
        writes.add("""
                        UPDATE identity i SET activity_count = i.activity_count + u.n
                        FROM unnest(:ids, :counts) AS u(id, n) WHERE i.id = u.id AND i.id = ANY(:ids)""",
                Map.of("ids", ids.toArray(Long[]::new), "counts", ids.stream().map(byIdentity::get).toArray(Long[]::new)));
    }

    private record Participation(long communityId, long identityId) {
    }

    /** Counts each author's activities per community, with when they were first and last active there. */
    private void updateMembers(List<IncomingActivity> fresh, Map<IdentityKey, IdentityStep.Resolved> identities,
            Map<CommunityRef, Long> communities) {
        Map<Participation, long[]> counts = new HashMap<>();
        Map<Participation, Instant[]> ranges = new HashMap<>();
        for (IncomingActivity a : fresh) {
            if (a.community().isEmpty()) {
                continue;
            }
            Participation m = new Participation(communities.get(a.community().get()), identities.get(a.author()).identityId());
            counts.computeIfAbsent(m, k -> new long[1])[0]++;
            widen(ranges, m, a.at());
        }
        if (counts.isEmpty()) {
            return;
        }
        List<Participation> members = new ArrayList<>(counts.keySet());
        writes.add("""
                        INSERT INTO community_member (community_id, identity_id, activities, first_at, last_at)
                        SELECT * FROM unnest(:communities, :identities, :counts, :firsts::timestamptz[], :lasts::timestamptz[])
                        ON CONFLICT (community_id, identity_id) DO UPDATE SET
                            activities = community_member.activities + excluded.activities,
                            first_at = least(community_member.first_at, excluded.first_at),
                            last_at = greatest(community_member.last_at, excluded.last_at)""", Map.of(
                "communities", members.stream().map(Participation::communityId).toArray(Long[]::new),
                "identities", members.stream().map(Participation::identityId).toArray(Long[]::new),
                "counts", members.stream().map(m -> counts.get(m)[0]).toArray(Long[]::new),
                "firsts", members.stream().map(m -> ranges.get(m)[0].toString()).toArray(String[]::new),
                "lasts", members.stream().map(m -> ranges.get(m)[1].toString()).toArray(String[]::new)));
    }

    /**
     * Widens each affected person's first/last seen to cover this batch's activities. A person whose
     * range already covers them is not rewritten: last_seen is indexed, so every rewrite is a full
     * new row version in each of the person's indexes, its name's trigram index among them.
     */
    private void updateSeen(List<IncomingActivity> fresh, Map<IdentityKey, IdentityStep.Resolved> identities) {
        Map<Long, Instant[]> byPerson = new HashMap<>();
        seenTimes(fresh).forEach((key, range) -> byPerson.merge(identities.get(key).personId(), range.clone(),
                (a, b) -> new Instant[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]}));
        if (byPerson.isEmpty()) {
            return;
        }
        List<Long> people = new ArrayList<>(byPerson.keySet());
        writes.add("""
                        UPDATE person p SET first_seen = least(p.first_seen, u.first), last_seen = greatest(p.last_seen, u.last)
                        FROM unnest(:ids, :firsts::timestamptz[], :lasts::timestamptz[]) AS u(id, first, last)
                        WHERE p.id = u.id AND p.id = ANY(:ids) AND (u.first < p.first_seen OR u.last > p.last_seen)""", Map.of(
                "ids", people.toArray(Long[]::new),
                "firsts", people.stream().map(id -> byPerson.get(id)[0].toString()).toArray(String[]::new),
                "lasts", people.stream().map(id -> byPerson.get(id)[1].toString()).toArray(String[]::new)));
    }
}
