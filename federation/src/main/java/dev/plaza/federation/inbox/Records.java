package dev.plaza.federation.inbox;

import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.GroupedIngest;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.federation.vocab.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what arrives into the foundation's shapes (Identities, Activities) and stores it through {@code ingest()}. */
final class Records {

    private final Store store;
    private final GroupedIngest ingest;
    private final ActorClaims claims;
    private final Clock clock;

    Records(Store store, Clock clock) {
        this.store = store;
        this.ingest = new GroupedIngest(store.ingest());
        this.claims = new ActorClaims(store.identityLinks());
        this.clock = clock;
    }

    /** An activity without text: a like, a boost, a follow, a block of {@code target}. */
    void relation(Arrival arrival, ActivityKind kind, String target) {
        Actor actor = arrival.actor();
        record(arrival, new IncomingActivity(arrival.activity().id(), kind, identity(actor).key(),
                arrival.activity().published().orElse(clock.instant()), "", Optional.empty(), Optional.empty(),
                Optional.of(target), Optional.empty(), List.of(), Optional.of(community(actor))), List.of());
    }

    /** A counted vote on a poll of Plaza's: the option is its text, the poll its target. */
    void vote(Arrival arrival, String pollUri, String choice) {
        Actor actor = arrival.actor();
        record(arrival, new IncomingActivity(arrival.activity().id(), ActivityKind.VOTE, identity(actor).key(),
                arrival.activity().published().orElse(clock.instant()), choice, Optional.empty(), Optional.empty(),
                Optional.of(pollUri), Optional.empty(), List.of(), Optional.of(community(actor))), List.of());
    }

    void record(Arrival arrival, IncomingActivity activity, List<SeenIdentity> others) {
        List<SeenIdentity> identities = new ArrayList<>();
        identities.add(identity(arrival.actor()));
        others.stream().filter(o -> identities.stream().noneMatch(i -> i.key().equals(o.key()))).forEach(identities::add);
        IngestBatch batch = new IngestBatch(identities, List.of(activity), Optional.empty());
        arrival.workspaceIds().forEach(workspace -> {
            ingest.store(workspace, batch);
            claims.heard(workspace, arrival.actor());
        });
    }

    /** An author's edit of a post, in every workspace the Update was addressed to; true if any changed. */
    boolean edit(Arrival arrival, String uri, String text, Optional<String> language, Instant editedAt) {
        return arrival.workspaceIds().stream().map(workspace -> store.activities().edit(workspace, uri,
                arrival.actor().id(), text, language, editedAt)).reduce(false, Boolean::logicalOr);
    }

    /** An author's deletion of a post, in every workspace the Delete was addressed to; true if any changed. */
    boolean delete(Arrival arrival, String uri) {
        return arrival.workspaceIds().stream().map(workspace -> store.activities().delete(workspace, uri,
                arrival.actor().id(), clock.instant())).reduce(false, Boolean::logicalOr);
    }

    /** Stable id: the actor URI; handle: {@code @preferredUsername@host}. */
    static SeenIdentity identity(Actor actor) {
        String host = authority(actor.id());
        String handle = actor.preferredUsername().map(u -> "@" + u + "@" + host).orElse(actor.id());
        String name = actor.name().filter(n -> !n.isBlank()).or(actor::preferredUsername).orElse(handle);
        return SeenIdentity.of(Platform.FEDIVERSE, actor.id(), handle, name, actor.url());
    }

    /** Someone a post mentions, known only by the mention's name and link. */
    static SeenIdentity mentioned(String href, String name) {
        return SeenIdentity.of(Platform.FEDIVERSE, href, name.startsWith("@") ? name : href, name, Optional.empty());
    }

    static IdentityKey key(String actorIri) {
        return new IdentityKey(Platform.FEDIVERSE, actorIri);
    }

    /** The author's instance: where the fediverse community meets. */
    static CommunityRef community(Actor actor) {
        String host = authority(actor.id());
        return new CommunityRef(Platform.FEDIVERSE, CommunityKind.INSTANCE, host, Origins.of(actor.id()));
    }

    private static String authority(String iri) {
        return Origins.of(iri).map(o -> o.substring(o.indexOf("://") + 3)).orElse(iri);
    }
}
