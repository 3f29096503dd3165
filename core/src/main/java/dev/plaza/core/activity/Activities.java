package dev.plaza.core.activity;

import dev.plaza.core.community.MatchReason;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The activity log, newest first, and the numbers the Overview draws. */
public interface Activities {

    Page<Activity> list(long workspaceId, ActivityFilter filter, PageRequest page);

    Optional<Activity> find(long workspaceId, long activityId);

    Optional<Activity> findByUri(long workspaceId, String uri);

    /** The identities the activity mentions. */
    List<Identity> mentionedIn(long workspaceId, long activityId);

    /** Activities per platform per day, from {@code from} to {@code to} inclusive. */
    List<DailyCount> daily(long workspaceId, LocalDate from, LocalDate to);

    Totals totals(long workspaceId);

    /** Why a listener kept each of these activities that it kept (the others have no entry), by activity id. */
    Map<Long, List<MatchReason>> matchReasons(long workspaceId, Collection<Long> activityIds);

    /**
     * Replaces the text of a stored post, only on behalf of its own author and only with a newer
     * version; returns whether anything changed.
     */
    boolean edit(long workspaceId, String uri, String authorStableId, String text, Optional<String> language,
            Instant editedAt);

    /** Empties a stored post that its own author deleted; it stays in its thread as deleted. */
    boolean delete(long workspaceId, String uri, String authorStableId, Instant deletedAt);

    /** Posts and replies by fediverse accounts whose URI starts with {@code actorUriPrefix}: this server's own. */
    long postsByActorsUnder(String actorUriPrefix);
}
