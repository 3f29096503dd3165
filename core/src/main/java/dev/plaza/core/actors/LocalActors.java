package dev.plaza.core.actors;

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
}
