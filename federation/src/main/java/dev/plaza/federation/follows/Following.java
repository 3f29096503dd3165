package dev.plaza.federation.follows;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local actor follows an account on another server, named by its handle ({@code @name@host},
 * {@code acct:name@host}) or its actor URL: the account is resolved (WebFinger for a handle) and
 * fetched, the follow is stored as pending, and the Follow is queued for delivery, so the delivery
 * worker signs and sends it. The inbox settles it when the Accept or Reject arrives. Unfollowing
 * queues an Undo of the Follow the same way.
 */
public final class Following {

    private static final Logger LOG = LoggerFactory.getLogger(Following.class);

    private final Follows follows;
    private final Accounts accounts;
    private final DeliveryQueue deliveries;
    private final FollowDocuments documents;
    private final Clock clock;

    public Following(Follows follows, Accounts accounts, DeliveryQueue deliveries, ActorUris uris, Clock clock) {
        this.follows = requireNonNull(follows, "follows");
        this.accounts = requireNonNull(accounts, "accounts");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.documents = new FollowDocuments(requireNonNull(uris, "uris"));
        this.clock = requireNonNull(clock, "clock");
    }

    /** Wired as the inbox is: actors fetched with GETs signed by the instance actor, within {@code outbound}'s limits. */
    public static Following create(Store store, ActorUris uris, GuardSettings outbound, DeliveryQueue deliveries, Clock clock) {
        RemoteObjects remote = InboxSetup.remoteObjects(store, uris, outbound, clock);
        return new Following(store.follows(), new Accounts(store.localActors(), uris, remote,
                new WebFingerClient(new GuardedHttpClient(outbound))), deliveries, uris, clock);
    }

    /**
     * Follows {@code handleOrUrl} as {@code follower}; answers the follow as stored: pending until the
     * other server answers, or as it was when it had already accepted (then nothing is sent again).
     * Fails with an {@link IllegalArgumentException} for text that is neither a handle nor an http(s)
     * URL, and a {@link FederationException} when the account cannot be found or is not an actor.
     */
    public Follow follow(LocalActor follower, String handleOrUrl) {
        return follow(follower, accounts.resolve(handleOrUrl));
    }

    /** Follows an actor already resolved; see {@link #follow(LocalActor, String)}. */
    public Follow follow(LocalActor follower, Actor target) {
        Optional<Follow> accepted = follows.followingOf(target.id()).stream()
                .filter(f -> f.localActorId() == follower.id() && f.state() == FollowState.ACCEPTED).findFirst();
        if (accepted.isPresent()) {
            return accepted.get();
        }
        String inbox = target.inbox().orElseThrow(() -> new FederationException(
                "%s has no inbox to send a Follow to".formatted(target.id())));
        String followId = documents.newFollowId(follower);
        Follow pending = follows.saveFollowing(new Follow(follower.id(), target.id(), inbox, target.sharedInbox(),
                FollowState.PENDING, followId, clock.instant(), target.acct()));
        deliveries.enqueue(new Delivery(follower.id(), followId, documents.follow(followId, follower, target.id()),
                List.of(URI.create(inbox))));
        LOG.atInfo().addKeyValue("actor", follower.username()).addKeyValue("following", target.id()).log("follow sent");
        return pending;
    }

    /**
     * Stops following (or withdraws the request): the follow is removed and, unless the account
     * had refused it, an Undo of the Follow is queued for the account's inbox, so that its server
     * drops the actor from its followers. Answers false, sending nothing, when there was no such follow.
     */
    public boolean unfollow(LocalActor follower, Follow following) {
        if (following.localActorId() != follower.id()) {
            throw new IllegalArgumentException("the follow of %s is not %s's".formatted(following.remoteActorUri(),
                    follower.username()));
        }
        if (!follows.removeFollowing(follower.id(), following.remoteActorUri())) {
            return false;
        }
        if (following.state() != FollowState.REJECTED) {
            deliveries.enqueue(new Delivery(follower.id(), FollowDocuments.undoId(following),
                    documents.undo(follower, following), List.of(URI.create(following.remoteInbox()))));
        }
        LOG.atInfo().addKeyValue("actor", follower.username()).addKeyValue("unfollowed", following.remoteActorUri())
                .log("unfollowed");
        return true;
    }
}
