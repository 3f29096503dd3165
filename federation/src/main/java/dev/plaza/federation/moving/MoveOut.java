package dev.plaza.federation.moving;

import dev.plaza.core.PlazaException;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.moving.Moving;
import dev.plaza.federation.actors.ActorActivities;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.LocalIdentity;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.vocab.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The brand moves to another account, as on Mastodon: the new account must already name the brand
 * in {@code alsoKnownAs}; then the brand's {@code movedTo} is set, every follower's server gets the
 * {@code Move} (and moves its followers over), and the brand stops publishing until the move is undone.
 */
public final class MoveOut {

    private final Moving moving;
    private final Accounts accounts;
    private final ActorUris uris;
    private final ActorActivities activities;
    private final Clock clock;

    MoveOut(Moving moving, Accounts accounts, ActorUris uris, ActorActivities activities, Clock clock) {
        this.moving = moving;
        this.accounts = accounts;
        this.uris = uris;
        this.activities = activities;
        this.clock = clock;
    }

    public LocalActor move(LocalActor actor, String handleOrUrl) {
        if (handleOrUrl.isBlank()) {
            throw new IllegalArgumentException("name the new account by its handle (@name@host) or its URL");
        }
        actor.movedTo().ifPresent(target -> {
            throw new PlazaException("@%s has already moved to %s; undo that move before moving again"
                    .formatted(actor.username(), target));
        });
        String self = uris.actor(actor.username());
        Actor target = AccountLookup.find(accounts, handleOrUrl);
        if (target.id().equals(self)) {
            throw new IllegalArgumentException("%s is @%s itself; move to another account".formatted(handleOrUrl.strip(),
                    actor.username()));
        }
        if (!target.alsoKnownAs().contains(self)) {
            throw new PlazaException(("%s does not name @%s@%s as an alias yet. Add @%s@%s (%s) as an alias on the new"
                    + " account first (on Mastodon: Preferences → Account → Moving from a different account → Create an"
                    + " account alias), then move again.").formatted(Accounts.handleOf(target), actor.username(), uris.host(),
                    actor.username(), uris.host(), self));
        }
        Instant now = clock.instant();
        Delivery move = activities.move(actor, target.id(), now);
        return moving.moveOut(actor.workspaceId(), actor.id(), target.id(), now, move, record(actor, move.activityId(),
                target.id(), now));
    }

    /** Clears {@code movedTo} and tells the followers' servers; the followers that already left stay where they went. */
    public LocalActor undo(LocalActor actor) {
        return moving.undoMove(actor.workspaceId(), actor.id(), clock.instant(),
                activities.update(actor.withMovedTo(Optional.empty()), clock.instant()));
    }

    private IngestBatch record(LocalActor actor, String moveId, String target, Instant at) {
        SeenIdentity self = LocalIdentity.of(uris, actor);
        return new IngestBatch(List.of(self), List.of(new IncomingActivity(moveId, ActivityKind.MOVE, self.key(), at, "",
                Optional.empty(), Optional.empty(), Optional.of(target), Optional.empty(), List.of(), Optional.empty())),
                Optional.empty());
    }
}
