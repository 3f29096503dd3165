package dev.plaza.core.actors;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Who follows Plaza's actors and whom they follow, and which inbound activities have arrived
 * (an activity id is processed once, however often it is delivered).
 */
public interface Follows {

    /** Records (or refreshes) a remote actor following a local one; one row per pair. */
    Follow saveFollower(Follow follower);

    /** Removes a follower; false if there was none. */
    boolean removeFollower(long localActorId, String remoteActorUri);

    List<Follow> followers(long localActorId);

    /** A local actor's followers, newest first, a page at a time. */
    Page<ListedFollow> followers(long localActorId, PageRequest page);

    /** One follower of a local actor, by the number its list shows. */
    Optional<ListedFollow> findFollower(long localActorId, long id);

    /** Records (or refreshes) a local actor following a remote one; one row per pair. */
    Follow saveFollowing(Follow following);

    /** Stops following a remote actor (it moved away, or the team unfollowed); false if there was no such follow. */
    boolean removeFollowing(long localActorId, String remoteActorUri);

    /** Sets the state of the follow that {@code followActivityId} asked for, if the remote actor is the one followed. */
    Optional<Follow> answerFollowing(String followActivityId, String remoteActorUri, FollowState state);

    /** The remote actors a local actor follows (or asked to), oldest first. */
    List<Follow> following(long localActorId);

    /** The remote actors a local actor follows (or asked to), newest first, a page at a time. */
    Page<ListedFollow> following(long localActorId, PageRequest page);

    /** One follow of a local actor, by the number its list shows. */
    Optional<ListedFollow> findFollowing(long localActorId, long id);

    /** A local actor's follow of a remote actor, if it follows it (or asked to). */
    Optional<ListedFollow> findFollowing(long localActorId, String remoteActorUri);

    /** The local actors following a remote actor (to whom its posts to followers are addressed). */
    List<Follow> followingOf(String remoteActorUri);

    /** True the first time an inbound activity id is seen, false for every repeat. */
    default boolean firstArrival(String activityId) {
        return firstArrivals(List.of(activityId)).getFirst();
    }

    /** {@link #firstArrival} for many ids in one statement, in order; an id repeated in the list is new at most once. */
    List<Boolean> firstArrivals(List<String> activityIds);

    /** Forgets an arrival whose processing failed, so that the sender's retry is processed. */
    void forgetArrival(String activityId);
}
