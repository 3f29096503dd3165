package dev.plaza.federation.discovery;

import static java.util.Objects.requireNonNull;

import dev.plaza.federation.FederationException;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Actor;
import java.util.Locale;

/**
 * An account on another server, named as people name it: a handle ({@code @name@host},
 * {@code acct:name@host}), resolved with WebFinger, or an actor URL; either way fetched fresh.
 */
public final class ActorLookup {

    private final RemoteObjects remote;
    private final WebFingerClient webFinger;

    public ActorLookup(RemoteObjects remote, WebFingerClient webFinger) {
        this.remote = requireNonNull(remote, "remote");
        this.webFinger = requireNonNull(webFinger, "webFinger");
    }

    /**
     * Fails with an {@link IllegalArgumentException} for text that is neither a handle nor an http(s)
     * URL, and a {@link FederationException} when the account cannot be found or is not an actor.
     */
    public Actor find(String handleOrUrl) {
        String text = handleOrUrl.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return remote.freshActor(text);
        }
        Handle handle = Handle.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "'%s' is neither a handle (@name@host) nor an actor URL (https://…)".formatted(text)));
        Actor actor = remote.freshActor(webFinger.resolve(handle).toString());
        // The handle's server vouched for the actor; the actor must also call itself by the handle's name.
        if (!actor.preferredUsername().map(name -> name.equalsIgnoreCase(handle.username())).orElse(false)) {
            throw new FederationException("%s leads to %s, whose preferredUsername is %s: the handle does not round-trip"
                    .formatted(handle, actor.id(), actor.preferredUsername().orElse("missing")));
        }
        return actor;
    }
}
