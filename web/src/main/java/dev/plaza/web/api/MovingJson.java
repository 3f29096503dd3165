package dev.plaza.web.api;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.moving.ExpectedFollowers;
import dev.plaza.core.moving.MoveRecord;
import dev.plaza.core.moving.Moving;
import dev.plaza.federation.actors.ActorUris;
import java.time.Instant;
import java.util.List;

/** The workspace's actor as moving sees it: its aliases, where it moved, its moves, the followers expected. */
record MovingJson(
        String actor,
        String handle,
        List<String> alsoKnownAs,
        String movedTo,
        List<Move> moves,
        List<Expected> expectedFollowers) {

    record Move(String direction, String account, String activityId, Instant at) {

        static Move of(MoveRecord m) {
            return new Move(m.direction().key(), m.remoteActorUri(), m.activityId().orElse(null), m.at());
        }
    }

    record Expected(String oldAccount, long expected, long following) {

        static Expected of(ExpectedFollowers e) {
            return new Expected(e.oldAccount(), e.expected(), e.following());
        }
    }

    static MovingJson of(LocalActor actor, Moving moving, ActorUris uris) {
        return new MovingJson(uris.actor(actor.username()), "@" + actor.username() + "@" + uris.host(), actor.alsoKnownAs(),
                actor.movedTo().orElse(null), moving.history(actor.id()).stream().map(Move::of).toList(),
                moving.expected(actor.id()).stream().map(Expected::of).toList());
    }
}
