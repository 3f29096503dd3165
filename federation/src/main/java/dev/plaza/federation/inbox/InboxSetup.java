package dev.plaza.federation.inbox;

import dev.plaza.core.Store;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.blocks.BlockEffects;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.signatures.CachingKeyResolver;
import dev.plaza.federation.signatures.DateWindow;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.time.Clock;

/** Plaza's inbox, wired in one place: one listener per activity type. */
public final class InboxSetup {

    /** The local actor that signs Plaza's own fetches. */
    public static final String INSTANCE_ACTOR = InstanceActor.USERNAME;

    private InboxSetup() {
    }

    public static Inbox create(Store store, ActorUris uris, GuardSettings outbound, DeliveryQueue deliveries, Clock clock) {
        RemoteObjects remote = remoteObjects(store, uris, outbound, clock);
        return create(store, uris, remote, verifier(remote, clock), deliveries, clock);
    }

    /** Fetches from other servers, signed as the instance actor: one per Plaza, shared by inbox and outbox. */
    public static RemoteObjects remoteObjects(Store store, ActorUris uris, GuardSettings outbound, Clock clock) {
        GuardedHttpClient client = new GuardedHttpClient(outbound).signingWith(new InstanceActor(store, uris, clock));
        return new RemoteObjects(client, AsParser.withDefaults(), clock);
    }

    /** Finds accounts by handle or URL: Plaza's own in the store, others by WebFinger and a signed fetch. */
    public static Accounts accounts(Store store, ActorUris uris, RemoteObjects remote) {
        return new Accounts(store.localActors(), uris, remote, new WebFingerClient(remote.client()));
    }

    /** Verifies signatures with keys fetched through {@code remote} and cached. */
    public static SignatureVerifier verifier(RemoteObjects remote, Clock clock) {
        return new SignatureVerifier(new CachingKeyResolver(new ActorKeyFetcher(remote)), DateWindow.DEFAULT, clock);
    }

    public static Inbox create(Store store, ActorUris uris, RemoteObjects remote, SignatureVerifier verifier,
            DeliveryQueue deliveries, Clock clock) {
        return create(store, uris, remote, verifier, deliveries, VotesCounted.IGNORED, clock);
    }

    /** {@code votesCounted} hears of each counted vote on one of Plaza's polls (to send the new counts). */
    public static Inbox create(Store store, ActorUris uris, RemoteObjects remote, SignatureVerifier verifier,
            DeliveryQueue deliveries, VotesCounted votesCounted, Clock clock) {
        AsParser parser = AsParser.withDefaults();
        Recipients recipients = new Recipients(store, uris);
        Records records = new Records(store, clock);
        Followers followers = new Followers(store.follows(), deliveries, recipients, records, uris, clock);
        Posts posts = new Posts(records, recipients, remote, store.publishing(), votesCounted, clock);
        Undos undos = new Undos(followers, records);
        Following following = new Following(store.follows(), accounts(store, uris, remote), deliveries, uris, clock);
        Reactions reactions = new Reactions(records, remote, store, recipients, following, clock);
        BlockedBy blockedBy = new BlockedBy(store.follows(), recipients, records);
        Flags flags = new Flags(store.reports(), recipients, store.localActors(), store.publishing(), clock);
        return Inbox.builder(store, verifier, parser, recipients, remote, new BlockEffects(store, deliveries, uris))
                .on("Follow", followers::follow)
                .on("Undo", undos::undo)
                .on("Accept", followers::accept)
                .on("Reject", followers::reject)
                .on("Create", posts::create)
                .on("Update", posts::update)
                .on("Delete", posts::delete)
                .on("Like", reactions::like)
                .on("Announce", reactions::announce)
                .on("Block", blockedBy::block)
                .on("Flag", flags::flag)
                .on("Move", reactions::move)
                .build();
    }
}
