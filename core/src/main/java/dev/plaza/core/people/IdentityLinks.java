package dev.plaza.core.people;

import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What identities claim about themselves, and the links drawn from it: merges on strong evidence
 * (see {@link LinkRules}), suggestions on weak evidence for a member to accept or dismiss.
 */
public interface IdentityLinks {

    /**
     * Replaces the claims of an identity Plaza already knows with {@code claims}, then links it: merges
     * its person with any person strong evidence ties it to (an audited merge by no member) and
     * suggests the weaker links. Fails with NotFoundException when the identity is unknown.
     */
    LinkOutcome recordClaims(long workspaceId, IdentityKey identity, List<ProfileClaim> claims);

    List<ProfileClaim> claimsOf(long workspaceId, long identityId);

    /**
     * Bluesky identities (of any workspace) whose handle is a domain of their own — not one Bluesky
     * hands out under bsky.social — and is not yet claimed as their domain handle.
     */
    List<Identity> unclaimedDomainHandles(int limit);

    /**
     * Identities (of any workspace) with claimed web addresses never checked, or last checked before
     * {@code checkedBefore}, oldest first: each with those addresses, for a check that fetches them.
     */
    List<ClaimsToCheck> toCheck(Instant checkedBefore, int limit);

    /**
     * Keeps what a check found: each address in {@code results} is proven or not as it says, checked at
     * {@code at}. An address newly proven links the identity again, as recording claims does.
     */
    LinkOutcome checked(long workspaceId, long identityId, List<ProfileClaim> results, Instant at);

    /** Open suggestions between identities of different people, newest first. */
    Page<LinkSuggestion> suggestions(long workspaceId, PageRequest page);

    /** Open suggestions that involve any identity of the person. */
    List<LinkSuggestion> suggestionsFor(long workspaceId, long personId);

    Optional<LinkSuggestion> suggestion(long workspaceId, long suggestionId);

    /**
     * Merges the people of each suggestion, all or none, each merge audited with the suggestion's
     * evidence and the member; the suggestions become accepted.
     */
    List<PersonMerge> accept(long workspaceId, List<Long> suggestionIds, Optional<Long> byMemberId);

    /** Dismisses the suggestions, all or none; a dismissed pair is never suggested again. */
    List<LinkSuggestion> dismiss(long workspaceId, List<Long> suggestionIds, Optional<Long> byMemberId);
}
