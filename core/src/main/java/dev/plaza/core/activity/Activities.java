package dev.plaza.core.activity;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The activity log, newest first, and the numbers the Overview draws. */
public interface Activities {

    Page<Activity> list(long workspaceId, ActivityFilter filter, PageRequest page);

    Optional<Activity> find(long workspaceId, long activityId);

    Optional<Activity> findByUri(long workspaceId, String uri);

    /** Activities per platform per day, from {@code from} to {@code to} inclusive. */
    List<DailyCount> daily(long workspaceId, LocalDate from, LocalDate to);

    Totals totals(long workspaceId);

    /** Posts and replies by fediverse accounts whose URI starts with {@code actorUriPrefix}: this server's own. */
    long postsByActorsUnder(String actorUriPrefix);
}
