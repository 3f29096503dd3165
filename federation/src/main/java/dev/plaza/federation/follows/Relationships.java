package dev.plaza.federation.follows;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.DomainBlock;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.discovery.Handle;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.Origins;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static java.util.Objects.requireNonNull;

/**
 * What the team does with an actor's follows, as a Mastodon user does: follow an account by handle
 * or URL (not one it follows or asked to follow already, not a blocked one, not itself), unfollow
 * it (an Undo of the Follow), and remove a follower, which sends a Reject of the follower's Follow
 * as Mastodon's "remove follower" does, so that the follower's server drops the follow too.
 */
public final class Relationships {

    private static final Logger LOG = LoggerFactory.getLogger(Relationships.class);

    /** What asking to follow came to: the follow as stored, and whether a Follow was sent now. */
    public record Followed(ListedFollow follow, boolean sent) {
    }

    private final Store store;
    private final Accounts accounts;
    private final Following following;
    private final DeliveryQueue deliveries;
    private final ActorUris uris;
    private final FollowDocuments documents;

    public Relationships(Store store, Accounts accounts, Following following, DeliveryQueue deliveries, ActorUris uris) {
        this.store = requireNonNull(store, "store");
        this.accounts = requireNonNull(accounts, "accounts");
        this.following = requireNonNull(following, "following");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.uris = requireNonNull(uris, "uris");
        this.documents = new FollowDocuments(uris);
    }

    /** Wired as the inbox is: accounts fetched with GETs signed by the instance actor. */
    public static Relationships create(Store store, ActorUris uris, RemoteObjects remote, DeliveryQueue deliveries, Clock clock) {
        Accounts accounts = InboxSetup.accounts(store, uris, remote);
        return new Relationships(store, accounts, new Following(store.follows(), accounts, deliveries, uris, clock),
                deliveries, uris);
    }

    /**
     * Follows the account named by {@code handleOrUrl} as {@code actor}. An account it follows or
     * asked to follow already is answered as it stands, and nothing is sent again. Fails with an
     * {@link IllegalArgumentException} for input that names no account, or names the actor itself,
     * and a {@link PlazaException} when the account is blocked, cannot be found or is not an actor.
     */
    public Followed follow(LocalActor actor, String handleOrUrl) {
        if (handleOrUrl == null || handleOrUrl.isBlank()) {
            throw new IllegalArgumentException("name the account to follow: @user@host or its actor URL");
        }
        String named = handleOrUrl.strip();
        actor.requireNotMoved("follow accounts");
        refuseBlocked(actor, named, namedHost(named));
        Actor target = resolve(named);
        if (target.id().equals(uris.actor(actor.username()))) {
            throw new IllegalArgumentException("%s is this account itself; it cannot follow itself".formatted(named));
        }
        refuseBlocked(actor, target.id(), Origins.host(target.id()));
        Optional<ListedFollow> existing = store.follows().findFollowing(actor.id(), target.id())
                .filter(f -> f.follow().state() != FollowState.REJECTED);
        if (existing.isPresent()) {
            return new Followed(existing.get(), false);
        }
        following.follow(actor, target);
        return new Followed(store.follows().findFollowing(actor.id(), target.id()).orElseThrow(), true);
    }

    /** Unfollows (or withdraws the request to follow) the account of follow {@code id}; see {@link Following#unfollow}. */
    public ListedFollow unfollow(LocalActor actor, long id) {
        ListedFollow listed = store.follows().findFollowing(actor.id(), id)
                .orElseThrow(() -> new NotFoundException("follow", id));
        following.unfollow(actor, listed.follow());
        return listed;
    }

    /**
     * Removes follower {@code id}: it no longer receives the actor's posts, and a Reject of its
     * Follow is queued for its inbox, so its server stops showing it as following.
     */
    public ListedFollow removeFollower(LocalActor actor, long id) {
        ListedFollow listed = store.follows().findFollower(actor.id(), id)
                .orElseThrow(() -> new NotFoundException("follower", id));
        Follow follower = listed.follow();
        if (store.follows().removeFollower(actor.id(), follower.remoteActorUri())) {
            String rejectId = documents.newRejectId(actor);
            deliveries.enqueue(new Delivery(actor.id(), rejectId, documents.reject(rejectId, actor, follower),
                    List.of(URI.create(follower.remoteInbox()))));
            LOG.atInfo().addKeyValue("actor", actor.username()).addKeyValue("follower", follower.remoteActorUri())
                    .log("follower removed");
        }
        return listed;
    }

    private Actor resolve(String handleOrUrl) {
        try {
            return accounts.resolve(handleOrUrl);
        } catch (FederationException | OutboundRequestException e) {
            throw new FederationException("%s cannot be followed: %s".formatted(handleOrUrl, e.getMessage()), e);
        }
    }

    /** Checked before anything is asked of the account's server, and again for the actor it turned out to be. */
    private void refuseBlocked(LocalActor actor, String named, Optional<String> host) {
        if (store.blocks().byActorUri(actor.workspaceId(), named).isPresent()) {
            throw new PlazaException("%s is an account this Plaza blocks; lift the block first to follow it".formatted(named));
        }
        Optional<String> blocked = host.flatMap(h -> store.communities().blockedDomains(actor.workspaceId()).stream()
                .map(DomainBlock::domain).filter(domain -> Origins.blocked(h, List.of(domain))).findFirst());
        if (blocked.isPresent()) {
            throw new PlazaException("%s is on %s, a server this Plaza blocks; lift the block first to follow its accounts"
                    .formatted(named, blocked.get()));
        }
    }

    /** The server that a handle or URL names, before anything is asked of it. */
    private static Optional<String> namedHost(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return Origins.host(text);
        }
        return Handle.parse(text).flatMap(handle -> Origins.host("https://" + handle.host() + "/"));
    }
}
