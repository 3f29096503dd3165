package dev.plaza.federation.actors;

import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.actors.ProfileEdit;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Editing a local actor's profile: display name, bio, fields, avatar and header. Each change is
 * stored together with the {@code Update} of the actor that tells its followers' servers, so they
 * show the new profile; a change that changes nothing stores and sends nothing.
 */
public final class Profiles {

    private final LocalActors actors;
    private final ActorActivities activities;
    private final Clock clock;

    public Profiles(LocalActors actors, ActorActivities activities, Clock clock) {
        this.actors = actors;
        this.activities = activities;
        this.clock = clock;
    }

    public LocalActor edit(LocalActor actor, ProfileEdit profile) {
        if (actor.profile().equals(profile)) {
            return actor;
        }
        return actors.saveProfile(actor.workspaceId(), actor.id(), profile,
                activities.update(actor.withProfile(profile), now()));
    }

    /** Checks the upload (its content, not its name, must be a PNG, JPEG, GIF or WebP that fits the slot) and stores it. */
    public LocalActor setImage(LocalActor actor, ImageSlot slot, byte[] content) {
        ActorImage image = ActorImage.of(slot, content);
        if (actor.image(slot).equals(Optional.of(image.image()))) {
            return actor;
        }
        return actors.saveImage(actor.workspaceId(), actor.id(), slot, Optional.of(image),
                activities.update(actor.withImage(slot, Optional.of(image.image())), now()));
    }

    public LocalActor removeImage(LocalActor actor, ImageSlot slot) {
        if (actor.image(slot).isEmpty()) {
            return actor;
        }
        return actors.saveImage(actor.workspaceId(), actor.id(), slot, Optional.empty(),
                activities.update(actor.withImage(slot, Optional.empty()), now()));
    }

    private Instant now() {
        return clock.instant();
    }
}
