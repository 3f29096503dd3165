package dev.plaza.core.people;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People and their identities, with reversible, audited merges. */
public interface People {

    /** People ordered by most recent activity first. */
    Page<Person> search(long workspaceId, PersonFilter filter, PageRequest page);

    Optional<Person> find(long workspaceId, long personId);

    List<Identity> identitiesOf(long workspaceId, long personId);

    Page<Identity> identities(long workspaceId, PageRequest page);

    Optional<Identity> identity(long workspaceId, long identityId);

    /** The identities of the workspace among {@code identityIds}, by id (those of other workspaces are left out). */
    Map<Long, Identity> identities(long workspaceId, Collection<Long> identityIds);

    /** Moves every identity of {@code mergedId} to {@code survivorId}; the merged person disappears. */
    PersonMerge merge(long workspaceId, long survivorId, long mergedId, LinkEvidence evidence, Optional<Long> byMemberId);

    /** Restores the merged person with exactly the identities the merge moved. */
    PersonMerge undoMerge(long workspaceId, long mergeId);

    List<PersonMerge> mergesOf(long workspaceId, long personId);

    /**
     * Makes every merge, in order, each audited, all or none: a pair that cannot be merged fails the
     * whole request with an error naming that pair.
     */
    List<PersonMerge> mergeAll(long workspaceId, List<MergeRequest> pairs, Optional<Long> byMemberId);

    /** Undoes every merge, in order, all or none, naming the merge that could not be undone. */
    List<PersonMerge> undoMerges(long workspaceId, List<Long> mergeIds);
}
