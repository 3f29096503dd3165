package dev.plaza.federation.inbox;

import dev.plaza.federation.FederationException;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches objects from their origin with a signed GET (design.md §6): only ActivityStreams content
 * types, and only a document whose {@code id} is the URL it was fetched from. Actors are kept a while.
 */
public final class RemoteObjects {

    static final String ACCEPT = "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    private static final Duration ACTOR_TTL = Duration.ofMinutes(15);
    private static final int MAX_ACTORS = 10_000;

    private record Cached(Actor actor, Instant at) {
    }

    private final GuardedHttpClient client;
    private final AsParser parser;
    private final Clock clock;
    private final Map<String, Cached> actors = new ConcurrentHashMap<>();

    public RemoteObjects(GuardedHttpClient client, AsParser parser, Clock clock) {
        this.client = client;
        this.parser = parser;
        this.clock = clock;
    }

    /** The signing, guarded client the fetches go through, for other lookups (WebFinger). */
    public GuardedHttpClient client() {
        return client;
    }

    /** The object at {@code iri}, as its origin serves it now. */
    public AsObject fetch(String iri) {
        URI url = Origins.withoutFragment(iri);
        FetchedResponse response = client.get(url, Headers.of("Accept", ACCEPT));
        if (!response.isSuccess()) {
            throw new FederationException("fetching %s answered %d".formatted(url, response.status()));
        }
        String type = response.headers().first("content-type").orElse("");
        if (!isActivityStreams(type)) {
            throw new FederationException("%s is served as \"%s\", not as ActivityStreams JSON".formatted(url, type));
        }
        AsObject object = parser.parse(response.body());
        String id = object.iri().orElseThrow();
        if (!id.equals(response.uri().toString())) {
            throw new FederationException("the document fetched from %s claims the id %s; refused".formatted(response.uri(), id));
        }
        if (object instanceof Actor actor) {
            remember(actor);
        }
        return object;
    }

    /** The actor at {@code iri}, from the cache when fetched recently. */
    public Actor actor(String iri) {
        Cached cached = actors.get(iri);
        if (cached != null && clock.instant().isBefore(cached.at().plus(ACTOR_TTL))) {
            return cached.actor();
        }
        return freshActor(iri);
    }

    public Actor freshActor(String iri) {
        if (fetch(iri) instanceof Actor actor) {
            return actor;
        }
        throw new FederationException("%s is not an actor".formatted(iri));
    }

    Optional<Actor> cachedActor(String iri) {
        return Optional.ofNullable(actors.get(iri)).map(Cached::actor);
    }

    void forget(String actorIri) {
        actors.remove(actorIri);
    }

    private void remember(Actor actor) {
        if (actors.size() >= MAX_ACTORS) {
            actors.clear();
        }
        actors.put(actor.id(), new Cached(actor, clock.instant()));
    }

    /** activity+json, or ld+json with the ActivityStreams profile (or none, as some servers send). */
    static boolean isActivityStreams(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT).strip();
        String media = lower.split(";", 2)[0].strip();
        if (media.equals("application/activity+json")) {
            return true;
        }
        if (!media.equals("application/ld+json")) {
            return false;
        }
        int profile = lower.indexOf("profile=");
        return profile < 0 || lower.substring(profile).contains("https://www.w3.org/ns/activitystreams");
    }
}
