package dev.plaza.core.publishing;

import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What Plaza's actors publish. Each change is one transaction with the delivery that announces it
 * and, where it has one, its record in the community: a crash leaves a post either published and
 * queued for every inbox, or not there at all.
 */
public interface Publishing {

    /** Stores a new post, queues its delivery and records it in the workspace's activities. */
    LocalPost publish(Author author, LocalPost post, Delivery delivery, IngestBatch record);

    /** Replaces a post with its edited version (same id), queues the Update and edits its record. */
    LocalPost edit(Author author, LocalPost edited, Delivery delivery);

    /** Marks a post deleted, queues the Delete and empties its record; deleting twice changes nothing. */
    LocalPost delete(Author author, long postId, Instant at, Delivery delivery);

    Optional<LocalPost> post(long postId);

    Optional<LocalPost> postByUri(String uri);

    /** Every post of an actor, deleted ones included, newest first: the team's view. */
    Page<LocalPost> posts(long actorId, PageRequest page);

    /** The outbox: public and unlisted posts that stand, and live boosts, newest first. */
    Page<OutboxItem> outbox(long actorId, PageRequest page);

    long outboxSize(long actorId);

    /**
     * Stores a like or boost, queues its delivery and records it; if the actor already has a live
     * one of the same type on the same post, returns that one and queues nothing.
     */
    Reaction react(Author author, Reaction reaction, Delivery delivery, IngestBatch record);

    Optional<Reaction> reaction(long reactionId);

    /** The actor's live reaction of {@code type} on the post, if it has one. */
    Optional<Reaction> liveReaction(long actorId, ReactionType type, String objectUri);

    /** Undoes a live reaction and queues the Undo; undoing twice changes nothing. */
    Reaction undo(Author author, long reactionId, Instant at, Delivery delivery);

    /** An actor's reactions, newest first, undone ones included. */
    Page<Reaction> reactions(long actorId, PageRequest page);

    /**
     * Counts a vote; false (and nothing stored) when the voter already voted on a single-choice
     * poll or for this option, when the option is not one of the poll's, or when the poll closed.
     */
    boolean vote(PollVote vote);

    PollTally tally(long postId);

    /** Who voted on a poll (actor URIs, each once, first voter first): they are told the new counts. */
    List<String> voters(long postId);

    /** Replies, likes and boosts of a post in a workspace's activities. */
    Engagement engagement(long workspaceId, String postUri);
}
