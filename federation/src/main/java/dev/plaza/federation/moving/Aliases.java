package dev.plaza.federation.moving;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.moving.Moving;
import dev.plaza.federation.actors.ActorActivities;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.vocab.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor's {@code alsoKnownAs}: the other accounts that are the same brand, which may move here.
 * Each alias must be a real actor, found by handle or URL; every change is sent to the followers'
 * servers as an {@code Update} of the actor.
 */
public final class Aliases {

    private final Moving moving;
    private final Accounts accounts;
    private final ActorUris uris;
    private final ActorActivities activities;
    private final Clock clock;

    Aliases(Moving moving, Accounts accounts, ActorUris uris, ActorActivities activities, Clock clock) {
        this.moving = moving;
        this.accounts = accounts;
        this.uris = uris;
        this.activities = activities;
        this.clock = clock;
    }

    /** Adds the account {@code handleOrUrl} names; adding one already there changes nothing. */
    public LocalActor add(LocalActor actor, String handleOrUrl) {
        if (handleOrUrl.isBlank()) {
            throw new IllegalArgumentException("name the old account by its handle (@name@host) or its URL");
        }
        Actor alias = AccountLookup.find(accounts, handleOrUrl);
        if (alias.id().equals(uris.actor(actor.username()))) {
            throw new IllegalArgumentException("%s is @%s itself; an alias is another account of the brand"
                    .formatted(handleOrUrl.strip(), actor.username()));
        }
        if (actor.alsoKnownAs().contains(alias.id())) {
            return actor;
        }
        List<String> aliases = new ArrayList<>(actor.alsoKnownAs());
        aliases.add(alias.id());
        return store(actor, aliases);
    }

    /** Removes an alias by its actor URI; refused when the actor has no such alias. */
    public LocalActor remove(LocalActor actor, String aliasUri) {
        String alias = aliasUri.strip();
        if (!actor.alsoKnownAs().contains(alias)) {
            throw new IllegalArgumentException("%s is not an alias of @%s".formatted(alias, actor.username()));
        }
        return store(actor, actor.alsoKnownAs().stream().filter(a -> !a.equals(alias)).toList());
    }

    private LocalActor store(LocalActor actor, List<String> aliases) {
        return moving.setAliases(actor.workspaceId(), actor.id(), aliases,
                activities.update(actor.withAlsoKnownAs(aliases), clock.instant()));
    }
}
