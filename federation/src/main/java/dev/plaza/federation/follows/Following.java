package dev.plaza.federation.follows;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.ActorLookup;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.http.GuardSettings;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local actor follows an account on another server, named by its handle ({@code @name@host},
 * {@code acct:name@host}) or its actor URL: the account is resolved (WebFinger for a handle) and
 * fetched, the follow is stored as pending, and the Follow is queued for delivery, so the delivery
 * worker signs and sends it. The inbox settles it when the Accept or Reject arrives.
 */
public final class Following {

    private static final Logger LOG = LoggerFactory.getLogger(Following.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Follows follows;
    private final ActorLookup lookup;
    private final DeliveryQueue deliveries;
    private final ActorUris uris;
    private final Clock clock;

    public Following(Follows follows, RemoteObjects remote, WebFingerClient webFinger, DeliveryQueue deliveries,
            ActorUris uris, Clock clock) {
        this.follows = requireNonNull(follows, "follows");
        this.lookup = new ActorLookup(remote, webFinger);
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.uris = requireNonNull(uris, "uris");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Wired as the inbox is: actors fetched with GETs signed by the instance actor, within {@code outbound}'s limits. */
    public static Following create(Store store, ActorUris uris, GuardSettings outbound, DeliveryQueue deliveries, Clock clock) {
        return new Following(store.follows(), InboxSetup.remoteObjects(store, uris, outbound, clock),
                new WebFingerClient(new GuardedHttpClient(outbound)), deliveries, uris, clock);
    }

    /**
     * Follows {@code handleOrUrl} as {@code follower}; answers the follow as stored: pending until the
     * other server answers, or as it was when it had already accepted (then nothing is sent again).
     * Fails with an {@link IllegalArgumentException} for text that is neither a handle nor an http(s)
     * URL, and a {@link FederationException} when the account cannot be found or is not an actor.
     */
    public Follow follow(LocalActor follower, String handleOrUrl) {
        Actor target = lookup.find(handleOrUrl);
        Optional<Follow> accepted = follows.followingOf(target.id()).stream()
                .filter(f -> f.localActorId() == follower.id() && f.state() == FollowState.ACCEPTED).findFirst();
        if (accepted.isPresent()) {
            return accepted.get();
        }
        String inbox = target.inbox().orElseThrow(() -> new FederationException(
                "%s has no inbox to send a Follow to".formatted(target.id())));
        String followId = uris.actor(follower.username()) + "#follows/" + UUID.randomUUID();
        Follow pending = follows.saveFollowing(new Follow(follower.id(), target.id(), inbox, target.sharedInbox(),
                FollowState.PENDING, followId, clock.instant()));
        deliveries.enqueue(new Delivery(follower.id(), followId, followActivity(followId, follower, target.id()),
                List.of(URI.create(inbox))));
        LOG.atInfo().addKeyValue("actor", follower.username()).addKeyValue("following", target.id()).log("follow sent");
        return pending;
    }

    private byte[] followActivity(String id, LocalActor follower, String target) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        doc.put("id", id).put("type", "Follow").put("actor", uris.actor(follower.username())).put("object", target);
        doc.putArray("to").add(target);
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }
}
