package dev.plaza.federation.actors;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.Optional;

/** One of Plaza's actors as the community history knows it, when what it does is recorded. */
public final class LocalIdentity {

    private LocalIdentity() {
    }

    public static SeenIdentity of(ActorUris uris, LocalActor actor) {
        return SeenIdentity.of(Platform.FEDIVERSE, uris.actor(actor.username()), "@" + actor.username() + "@" + uris.host(),
                actor.displayName(), Optional.of(uris.profilePage(actor.username())));
    }
}
