package dev.plaza.core.search;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;

/** Full-text search over a workspace's activities and people, best matches first. */
public interface Search {

    Page<ActivityHit> activities(long workspaceId, SearchQuery query, SearchFilter filter, PageRequest page);

    /** People whose display name, handles or stable ids contain the text, closest first. */
    Page<PersonHit> people(long workspaceId, String text, PageRequest page);
}
