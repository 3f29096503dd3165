package dev.plaza.federation.discovery;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorDocument;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsParser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the account a person names by handle ({@code @name@host}, {@code acct:name@host}) or actor
 * URL, as it is now: WebFinger and a fresh signed fetch for accounts elsewhere, the store for
 * Plaza's own (which need no request to itself).
 */
public final class Accounts {

    private final LocalActors locals;
    private final ActorUris uris;
    private final RemoteObjects remote;
    private final WebFingerClient webFinger;
    private final ActorDocument documents;
    private final AsParser parser = AsParser.withDefaults();

    public Accounts(LocalActors locals, ActorUris uris, RemoteObjects remote, WebFingerClient webFinger) {
        this.locals = requireNonNull(locals, "locals");
        this.uris = requireNonNull(uris, "uris");
        this.remote = requireNonNull(remote, "remote");
        this.webFinger = requireNonNull(webFinger, "webFinger");
        this.documents = new ActorDocument(uris);
    }

    /**
     * The actor behind {@code handleOrUrl}. Fails with an {@link IllegalArgumentException} for text
     * that is neither a handle nor an http(s) URL, and a {@link FederationException} when the account
     * cannot be found or is not an actor.
     */
    public Actor resolve(String handleOrUrl) {
        String text = handleOrUrl.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return local(text).orElseGet(() -> remote.freshActor(text));
        }
        Handle handle = Handle.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "'%s' is neither a handle (@name@host) nor an actor URL (https://…)".formatted(text)));
        if (handle.host().equalsIgnoreCase(uris.host())) {
            return local(uris.actor(handle.username())).orElseThrow(() -> new FederationException(
                    "there is no @%s on this server".formatted(handle)));
        }
        Actor actor = remote.freshActor(webFinger.resolve(handle).toString());
        // The handle's server vouched for the actor; the actor must also call itself by the handle's name.
        if (!actor.preferredUsername().map(name -> name.equalsIgnoreCase(handle.username())).orElse(false)) {
            throw new FederationException("%s leads to %s, whose preferredUsername is %s: the handle does not round-trip"
                    .formatted(handle, actor.id(), actor.preferredUsername().orElse("missing")));
        }
        return actor;
    }

    /**
     * The actor URI behind {@code handleOrUrl} without fetching the actor: a URL is taken as it is,
     * a handle is asked of its server (WebFinger). For long lists, where a fetch per row is too much.
     */
    public String actorUri(String handleOrUrl) {
        String text = handleOrUrl.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return text;
        }
        Handle handle = Handle.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "'%s' is neither a handle (@name@host) nor an actor URL (https://…)".formatted(text)));
        return handle.host().equalsIgnoreCase(uris.host()) ? uris.actor(handle.username()) : webFinger.resolve(handle).toString();
    }

    /** {@code @name@host} of an actor: the handle people know it by. */
    public static String handleOf(Actor actor) {
        String host = java.net.URI.create(actor.id()).getRawAuthority();
        return actor.preferredUsername().map(name -> "@" + name + "@" + host).orElse(actor.id());
    }

    private Optional<Actor> local(String actorUri) {
        String prefix = uris.actor("");
        if (!actorUri.startsWith(prefix) || !actorUri.substring(prefix.length()).matches(LocalActor.USERNAME)) {
            return Optional.empty();
        }
        return locals.findByUsername(actorUri.substring(prefix.length()))
                .map(actor -> parser.parse(documents.render(actor).toString().getBytes(StandardCharsets.UTF_8), Actor.class));
    }
}
