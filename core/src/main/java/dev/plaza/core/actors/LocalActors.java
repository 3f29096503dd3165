package dev.plaza.core.actors;

import dev.plaza.core.delivery.Delivery;
import java.util.List;
import java.util.Optional;

/** The actors Plaza serves. Usernames are unique on the whole server, as {@code acct:} addresses are. */
public interface LocalActors {

    LocalActor create(long workspaceId, NewActor actor);

    Optional<LocalActor> findByUsername(String username);

    Optional<LocalActor> find(long actorId);

    List<LocalActor> list(long workspaceId);

    /** How many local actors there are: NodeInfo's user count. */
    long count();

    ActorKeys privateKeys(long actorId);

    LocalActor setAlsoKnownAs(long workspaceId, long actorId, List<String> aliases);

    /**
     * Replaces the actor's display name, bio and fields, and queues the {@code Update} that tells
     * its followers' servers, in one transaction.
     */
    LocalActor saveProfile(long workspaceId, long actorId, ProfileEdit profile, Delivery update);

    /**
     * Stores the actor's avatar or header (replacing the one before), or removes it when
     * {@code image} is empty, and queues the {@code Update}, in one transaction.
     */
    LocalActor saveImage(long workspaceId, long actorId, ImageSlot slot, Optional<ActorImage> image, Delivery update);

    /** The actor's current avatar or header with its bytes, by username (case-insensitive). */
    Optional<ActorImage> image(String username, ImageSlot slot);
}
